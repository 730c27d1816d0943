// The methods bytes and bytearray share: searching, splitting, joining, stripping, padding,
// ASCII case and classification, translate/maketrans, hex/fromhex. Each returns an object of
// the receiver's kind (bytes.upper() is bytes, bytearray.upper() is a new bytearray). Only
// ASCII letters have case and only ASCII whitespace is space: bytes are not text.
#include <algorithm>

#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

std::string_view self_data(CallArgs args) { return as_bytes(args[0])->data; }
Value result(VM& vm, CallArgs args, std::string data) {
  return Value::from_object(make_bytes_like(vm, args[0], std::move(data)));
}
// What methods that change nothing return: bytes return themselves, bytearrays a copy.
Value unchanged(VM& vm, CallArgs args) {
  if (args[0].as_object()->type->layout == Layout::Bytes) return args[0];
  return result(vm, args, std::string(self_data(args)));
}

bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(static_cast<uint8_t>(c)) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(static_cast<uint8_t>(c)) ? static_cast<char>(c + 32) : c; }

// An integer argument such as a width or a count.
bool int_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_int() || v.is_bool()) {
    out = v.is_bool() ? v.as_bool() : v.as_int();
    return true;
  }
  if (is_big_int(v)) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

// The start/end arguments of find, count, startswith...: None or an int, clamped like a slice.
bool range_args(VM& vm, CallArgs args, int first, int64_t length, int64_t& start, int64_t& end) {
  start = 0;
  end = length;
  for (int k = 0; k < 2; ++k) {
    if (first + k >= args.count) break;
    Value v = args[first + k];
    if (v.is_none()) continue;
    int64_t x;
    if (is_big_int(v)) x = big_of(v).is_negative() ? -length - 1 : length + 1;
    else if (v.is_int() || v.is_bool()) x = v.is_bool() ? v.as_bool() : v.as_int();
    else {
      vm.raise(vm.types.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (x < 0) x = std::max<int64_t>(0, x + length);
    (k == 0 ? start : end) = std::min(x, length);
  }
  return true;
}

// The needle of find/count/index: an int in range(256) or a bytes-like object.
bool needle_arg(VM& vm, Value v, std::string& scratch, std::string_view& out) {
  if (is_integer(v)) {
    uint8_t b;
    if (!byte_value(vm, v, b)) return false;
    scratch.assign(1, static_cast<char>(b));
    out = scratch;
    return true;
  }
  if (buffer_of(vm, v, scratch, out)) return true;
  vm.raise(vm.types.TypeError, "argument should be integer or bytes-like object, not '" + type_name(vm, v) + "'");
  return false;
}

bool check_count(VM& vm, CallArgs args, const char* name, int min, int max) {
  if (!check_no_keywords(vm, args, name)) return false;
  int n = args.count - 1;
  if (n < min) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at least " + std::to_string(min) + " argument" +
                                     (min == 1 ? "" : "s") + ", got " + std::to_string(n));
    return false;
  }
  if (n > max) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" +
                                     (max == 1 ? "" : "s") + ", got " + std::to_string(n));
    return false;
  }
  return true;
}

// find/rfind/index/rindex: the position, -1 when absent, -2 on error.
int64_t search(VM& vm, CallArgs args, const char* name, bool from_right) {
  if (!check_count(vm, args, name, 1, 3)) return -2;
  std::string_view hay = self_data(args);
  std::string scratch;
  std::string_view needle;
  if (!needle_arg(vm, args[1], scratch, needle)) return -2;
  int64_t start, end;
  if (!range_args(vm, args, 2, static_cast<int64_t>(hay.size()), start, end)) return -2;
  if (args.count > 2 && !args[2].is_none()) {
    // An explicit start beyond the end finds nothing, not even b''.
    int64_t raw = 0;
    Value v = args[2];
    if ((v.is_int() || v.is_bool()) && (raw = v.is_bool() ? v.as_bool() : v.as_int()) > static_cast<int64_t>(hay.size()))
      return -1;
  }
  if (end - start < static_cast<int64_t>(needle.size())) return -1;
  std::string_view window = hay.substr(start, end - start);
  size_t at = from_right ? window.rfind(needle) : window.find(needle);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

Value bytes_find(VM& vm, CallArgs args) {
  int64_t i = search(vm, args, "find", false);
  return i == -2 ? Value::error() : Value::from_int(i);
}
Value bytes_rfind(VM& vm, CallArgs args) {
  int64_t i = search(vm, args, "rfind", true);
  return i == -2 ? Value::error() : Value::from_int(i);
}
Value bytes_index(VM& vm, CallArgs args) {
  int64_t i = search(vm, args, "index", false);
  if (i == -1) return vm.raise(vm.types.ValueError, "subsection not found");
  return i == -2 ? Value::error() : Value::from_int(i);
}
Value bytes_rindex(VM& vm, CallArgs args) {
  int64_t i = search(vm, args, "rindex", true);
  if (i == -1) return vm.raise(vm.types.ValueError, "subsection not found");
  return i == -2 ? Value::error() : Value::from_int(i);
}

Value bytes_count(VM& vm, CallArgs args) {
  if (!check_count(vm, args, "count", 1, 3)) return Value::error();
  std::string_view hay = self_data(args);
  std::string scratch;
  std::string_view needle;
  if (!needle_arg(vm, args[1], scratch, needle)) return Value::error();
  int64_t start, end;
  if (!range_args(vm, args, 2, static_cast<int64_t>(hay.size()), start, end)) return Value::error();
  if (args.count > 2 && (args[2].is_int() || args[2].is_bool()) &&
      (args[2].is_bool() ? args[2].as_bool() : args[2].as_int()) > static_cast<int64_t>(hay.size()))
    return Value::from_int(0);
  if (end < start) return Value::from_int(0);
  if (needle.empty()) return Value::from_int(end - start + 1);
  std::string_view window = hay.substr(start, end - start);
  int64_t n = 0;
  for (size_t at = window.find(needle); at != std::string_view::npos; at = window.find(needle, at + needle.size())) ++n;
  return Value::from_int(n);
}

Value affix_test(VM& vm, CallArgs args, const char* name, bool at_end) {
  if (!check_count(vm, args, name, 1, 3)) return Value::error();
  std::string_view hay = self_data(args);
  int64_t start, end;
  if (!range_args(vm, args, 2, static_cast<int64_t>(hay.size()), start, end)) return Value::error();
  if (args.count > 2 && (args[2].is_int() || args[2].is_bool()) &&
      (args[2].is_bool() ? args[2].as_bool() : args[2].as_int()) > static_cast<int64_t>(hay.size()))
    return Value::from_bool(false);
  std::vector<Value> candidates;
  bool tuple = args[1].is_object() && args[1].as_object()->type->layout == Layout::Tuple;
  if (tuple) candidates = static_cast<Tuple*>(args[1].as_object())->items;
  else candidates.push_back(args[1]);
  for (Value c : candidates) {
    std::string scratch;
    std::string_view affix;
    if (!buffer_of(vm, c, scratch, affix)) {
      if (tuple)
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '" + type_name(vm, c) + "'");
      return vm.raise(vm.types.TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                              type_name(vm, c));
    }
    if (end - start < static_cast<int64_t>(affix.size())) continue;
    std::string_view window = hay.substr(start, end - start);
    if (at_end ? window.substr(window.size() - affix.size()) == affix : window.substr(0, affix.size()) == affix)
      return Value::from_bool(true);
  }
  return Value::from_bool(false);
}
Value bytes_startswith(VM& vm, CallArgs args) { return affix_test(vm, args, "startswith", false); }
Value bytes_endswith(VM& vm, CallArgs args) { return affix_test(vm, args, "endswith", true); }

// ---- split and join ----

// split/rsplit's (sep=None, maxsplit=-1); `sep` stays empty-view-with-null-flag for None.
bool split_args(VM& vm, CallArgs args, const char* name, bool& whitespace, std::string& scratch, std::string_view& sep,
                int64_t& maxsplit) {
  Value bound[2];
  if (!bind_arguments(vm, args, name, {"sep", "maxsplit"}, 0, bound, 1)) return false;
  whitespace = bound[0].is_null() || bound[0].is_none();
  if (!whitespace) {
    if (!require_buffer(vm, bound[0], scratch, sep)) return false;
    if (sep.empty()) {
      vm.raise(vm.types.ValueError, "empty separator");
      return false;
    }
  }
  maxsplit = -1;
  if (!bound[1].is_null() && !int_arg(vm, bound[1], maxsplit)) return false;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return true;
}

Value bytes_split(VM& vm, CallArgs args) {
  bool whitespace;
  std::string scratch;
  std::string_view sep;
  int64_t maxsplit;
  if (!split_args(vm, args, "split", whitespace, scratch, sep, maxsplit)) return Value::error();
  std::string_view s = self_data(args);
  std::vector<Value> parts;
  auto piece = [&](std::string_view p) { parts.push_back(result(vm, args, std::string(p))); };
  if (whitespace) {
    size_t i = 0, n = s.size();
    while (true) {
      while (i < n && is_space(static_cast<uint8_t>(s[i]))) ++i;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        size_t e = n;
        while (e > i && is_space(static_cast<uint8_t>(s[e - 1]))) --e;
        piece(s.substr(i, e - i));
        break;
      }
      size_t j = i;
      while (j < n && !is_space(static_cast<uint8_t>(s[j]))) ++j;
      piece(s.substr(i, j - i));
      i = j;
    }
  } else {
    size_t i = 0;
    while (maxsplit-- > 0) {
      size_t at = s.find(sep, i);
      if (at == std::string_view::npos) break;
      piece(s.substr(i, at - i));
      i = at + sep.size();
    }
    piece(s.substr(i));
  }
  return Value::from_object(make_list(vm, std::move(parts)));
}

Value bytes_rsplit(VM& vm, CallArgs args) {
  bool whitespace;
  std::string scratch;
  std::string_view sep;
  int64_t maxsplit;
  if (!split_args(vm, args, "rsplit", whitespace, scratch, sep, maxsplit)) return Value::error();
  std::string_view s = self_data(args);
  std::vector<std::string_view> pieces;
  if (whitespace) {
    size_t e = s.size();
    while (true) {
      while (e > 0 && is_space(static_cast<uint8_t>(s[e - 1]))) --e;
      if (e == 0) break;
      if (maxsplit-- == 0) {
        size_t b = 0;
        while (b < e && is_space(static_cast<uint8_t>(s[b]))) ++b;
        pieces.push_back(s.substr(b, e - b));
        break;
      }
      size_t b = e;
      while (b > 0 && !is_space(static_cast<uint8_t>(s[b - 1]))) --b;
      pieces.push_back(s.substr(b, e - b));
      e = b;
    }
  } else {
    size_t e = s.size();
    while (maxsplit-- > 0 && e >= sep.size()) {
      size_t at = s.substr(0, e).rfind(sep);
      if (at == std::string_view::npos) break;
      pieces.push_back(s.substr(at + sep.size(), e - at - sep.size()));
      e = at;
    }
    pieces.push_back(s.substr(0, e));
  }
  std::vector<Value> parts;
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) parts.push_back(result(vm, args, std::string(*it)));
  return Value::from_object(make_list(vm, std::move(parts)));
}

Value bytes_splitlines(VM& vm, CallArgs args) {
  Value bound[1];
  if (!bind_arguments(vm, args, "splitlines", {"keepends"}, 0, bound, 1)) return Value::error();
  bool keepends = false;
  if (!bound[0].is_null()) {
    int t = truthiness(vm, bound[0]);
    if (t < 0) return Value::error();
    keepends = t == 1;
  }
  std::string_view s = self_data(args);
  std::vector<Value> parts;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < s.size()) j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1;
    parts.push_back(result(vm, args, std::string(s.substr(i, (keepends ? j : eol) - i))));
    i = j;
  }
  return Value::from_object(make_list(vm, std::move(parts)));
}

Value bytes_join(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "join", 1)) return Value::error();
  std::string sep(self_data(args));
  std::vector<Value> items;
  if (!collect_iterable(vm, args[1], items)) return Value::error();
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string scratch;
    std::string_view part;
    if (!buffer_of(vm, items[i], scratch, part))
      return vm.raise(vm.types.TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                              type_name(vm, items[i]) + " found");
    if (i) out += sep;
    out.append(part);
  }
  return result(vm, args, std::move(out));
}

Value bytes_replace(VM& vm, CallArgs args) {
  if (!check_count(vm, args, "replace", 2, 3)) return Value::error();
  std::string s1, s2;
  std::string_view old_part, new_part;
  if (!require_buffer(vm, args[1], s1, old_part) || !require_buffer(vm, args[2], s2, new_part)) return Value::error();
  int64_t count = -1;
  if (args.count == 4 && !int_arg(vm, args[3], count)) return Value::error();
  if (count < 0) count = INT64_MAX;
  std::string_view s = self_data(args);
  std::string out;
  if (old_part.empty()) {
    // b'ab'.replace(b'', b'-') == b'-a-b-'
    size_t i = 0;
    for (; i <= s.size(); ++i) {
      if (count-- <= 0) break;
      out.append(new_part);
      if (i < s.size()) out.push_back(s[i]);
    }
    if (i <= s.size()) out.append(s.substr(std::min(i, s.size())));
    return result(vm, args, std::move(out));
  }
  size_t i = 0;
  while (count-- > 0) {
    size_t at = s.find(old_part, i);
    if (at == std::string_view::npos) break;
    out.append(s.substr(i, at - i));
    out.append(new_part);
    i = at + old_part.size();
  }
  out.append(s.substr(i));
  return result(vm, args, std::move(out));
}

// ---- strip, partition, prefixes ----

Value strip(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  if (!check_count(vm, args, name, 0, 1)) return Value::error();
  std::string scratch;
  std::string_view chars;
  bool whitespace = args.count == 1 || args[1].is_none();
  if (!whitespace && !require_buffer(vm, args[1], scratch, chars)) return Value::error();
  auto strippable = [&](char c) {
    return whitespace ? is_space(static_cast<uint8_t>(c)) : chars.find(c) != std::string_view::npos;
  };
  std::string_view s = self_data(args);
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strippable(s[b])) ++b;
  if (right)
    while (e > b && strippable(s[e - 1])) --e;
  return result(vm, args, std::string(s.substr(b, e - b)));
}
Value bytes_strip(VM& vm, CallArgs args) { return strip(vm, args, "strip", true, true); }
Value bytes_lstrip(VM& vm, CallArgs args) { return strip(vm, args, "lstrip", true, false); }
Value bytes_rstrip(VM& vm, CallArgs args) { return strip(vm, args, "rstrip", false, true); }

Value partition(VM& vm, CallArgs args, bool from_right) {
  if (!check_exactly_one(vm, args, from_right ? "rpartition" : "partition", 1)) return Value::error();
  std::string scratch;
  std::string_view sep;
  if (!require_buffer(vm, args[1], scratch, sep)) return Value::error();
  if (sep.empty()) return vm.raise(vm.types.ValueError, "empty separator");
  std::string_view s = self_data(args);
  size_t at = from_right ? s.rfind(sep) : s.find(sep);
  std::vector<Value> parts;
  if (at == std::string_view::npos) {
    Value whole = result(vm, args, std::string(s));
    Value empty1 = result(vm, args, ""), empty2 = result(vm, args, "");
    parts = from_right ? std::vector<Value>{empty1, empty2, whole} : std::vector<Value>{whole, empty1, empty2};
  } else {
    parts = {result(vm, args, std::string(s.substr(0, at))), result(vm, args, std::string(sep)),
             result(vm, args, std::string(s.substr(at + sep.size())))};
  }
  return Value::from_object(make_tuple(vm, std::move(parts)));
}
Value bytes_partition(VM& vm, CallArgs args) { return partition(vm, args, false); }
Value bytes_rpartition(VM& vm, CallArgs args) { return partition(vm, args, true); }

Value remove_affix(VM& vm, CallArgs args, const char* name, bool suffix) {
  if (!check_exactly_one(vm, args, name, 1)) return Value::error();
  std::string scratch;
  std::string_view affix;
  if (!require_buffer(vm, args[1], scratch, affix)) return Value::error();
  std::string_view s = self_data(args);
  if (affix.empty() || affix.size() > s.size()) return unchanged(vm, args);
  if (suffix ? s.substr(s.size() - affix.size()) != affix : s.substr(0, affix.size()) != affix) return unchanged(vm, args);
  return result(vm, args, std::string(suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size())));
}
Value bytes_removeprefix(VM& vm, CallArgs args) { return remove_affix(vm, args, "removeprefix", false); }
Value bytes_removesuffix(VM& vm, CallArgs args) { return remove_affix(vm, args, "removesuffix", true); }

// ---- case ----

Value map_bytes(VM& vm, CallArgs args, const char* name, char (*f)(char)) {
  if (!check_none(vm, args, name, 1)) return Value::error();
  std::string out(self_data(args));
  for (char& c : out) c = f(c);
  return result(vm, args, std::move(out));
}
Value bytes_upper(VM& vm, CallArgs args) { return map_bytes(vm, args, "upper", to_upper); }
Value bytes_lower(VM& vm, CallArgs args) { return map_bytes(vm, args, "lower", to_lower); }
Value bytes_swapcase(VM& vm, CallArgs args) {
  return map_bytes(vm, args, "swapcase", [](char c) { return is_upper(static_cast<uint8_t>(c)) ? to_lower(c) : to_upper(c); });
}

Value bytes_capitalize(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "capitalize", 1)) return Value::error();
  std::string out(self_data(args));
  for (size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? to_upper(out[i]) : to_lower(out[i]);
  return result(vm, args, std::move(out));
}

Value bytes_title(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "title", 1)) return Value::error();
  std::string out(self_data(args));
  bool previous_cased = false;
  for (char& c : out) {
    uint8_t u = static_cast<uint8_t>(c);
    if (is_alpha(u)) {
      c = previous_cased ? to_lower(c) : to_upper(c);
      previous_cased = true;
    } else {
      previous_cased = false;
    }
  }
  return result(vm, args, std::move(out));
}

// ---- classification ----

Value classify(VM& vm, CallArgs args, const char* name, bool (*f)(uint8_t)) {
  if (!check_none(vm, args, name, 1)) return Value::error();
  std::string_view s = self_data(args);
  if (s.empty()) return Value::from_bool(false);
  for (char c : s)
    if (!f(static_cast<uint8_t>(c))) return Value::from_bool(false);
  return Value::from_bool(true);
}
Value bytes_isalnum(VM& vm, CallArgs args) {
  return classify(vm, args, "isalnum", [](uint8_t c) { return is_alpha(c) || is_digit(c); });
}
Value bytes_isalpha(VM& vm, CallArgs args) { return classify(vm, args, "isalpha", is_alpha); }
Value bytes_isdigit(VM& vm, CallArgs args) { return classify(vm, args, "isdigit", is_digit); }
Value bytes_isspace(VM& vm, CallArgs args) { return classify(vm, args, "isspace", is_space); }

Value cased_test(VM& vm, CallArgs args, const char* name, bool want_upper) {
  if (!check_none(vm, args, name, 1)) return Value::error();
  bool cased = false;
  for (char c : self_data(args)) {
    uint8_t u = static_cast<uint8_t>(c);
    if (want_upper ? is_lower(u) : is_upper(u)) return Value::from_bool(false);
    cased = cased || is_alpha(u);
  }
  return Value::from_bool(cased);
}
Value bytes_islower(VM& vm, CallArgs args) { return cased_test(vm, args, "islower", false); }
Value bytes_isupper(VM& vm, CallArgs args) { return cased_test(vm, args, "isupper", true); }

Value bytes_istitle(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "istitle", 1)) return Value::error();
  bool cased = false, previous_cased = false;
  for (char c : self_data(args)) {
    uint8_t u = static_cast<uint8_t>(c);
    if (is_upper(u)) {
      if (previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else if (is_lower(u)) {
      if (!previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::from_bool(cased);
}

Value bytes_isascii(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "isascii", 1)) return Value::error();
  for (char c : self_data(args))
    if (static_cast<uint8_t>(c) >= 0x80) return Value::from_bool(false);
  return Value::from_bool(true);
}

// ---- padding ----

bool fill_arg(VM& vm, CallArgs args, const char* name, char& fill) {
  fill = ' ';
  if (args.count < 3) return true;
  std::string scratch;
  std::string_view f;
  if (!buffer_of(vm, args[2], scratch, f) || f.size() != 1) {
    vm.raise(vm.types.TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                     type_name(vm, args[2]));
    return false;
  }
  fill = f[0];
  return true;
}

Value pad(VM& vm, CallArgs args, const char* name, int where) {  // where: -1 ljust, 0 center, 1 rjust
  if (!check_count(vm, args, name, 1, 2)) return Value::error();
  int64_t width;
  char fill;
  if (!int_arg(vm, args[1], width) || !fill_arg(vm, args, name, fill)) return Value::error();
  std::string_view s = self_data(args);
  int64_t n = static_cast<int64_t>(s.size());
  if (width <= n) return unchanged(vm, args);
  if (width > kMaxSequenceLength) return vm.raise_memory_error();
  int64_t margin = width - n;
  int64_t left = where < 0 ? 0 : where > 0 ? margin : margin / 2 + (margin & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(s);
  out.append(static_cast<size_t>(margin - left), fill);
  return result(vm, args, std::move(out));
}
Value bytes_center(VM& vm, CallArgs args) { return pad(vm, args, "center", 0); }
Value bytes_ljust(VM& vm, CallArgs args) { return pad(vm, args, "ljust", -1); }
Value bytes_rjust(VM& vm, CallArgs args) { return pad(vm, args, "rjust", 1); }

Value bytes_zfill(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "zfill", 1)) return Value::error();
  int64_t width;
  if (!int_arg(vm, args[1], width)) return Value::error();
  std::string_view s = self_data(args);
  if (width <= static_cast<int64_t>(s.size())) return unchanged(vm, args);
  if (width > kMaxSequenceLength) return vm.raise_memory_error();
  std::string out(s);
  size_t zeros = static_cast<size_t>(width) - s.size();
  size_t at = !out.empty() && (out[0] == '+' || out[0] == '-') ? 1 : 0;
  out.insert(at, zeros, '0');
  return result(vm, args, std::move(out));
}

Value bytes_expandtabs(VM& vm, CallArgs args) {
  Value bound[1];
  if (!bind_arguments(vm, args, "expandtabs", {"tabsize"}, 0, bound, 1)) return Value::error();
  int64_t tabsize = 8;
  if (!bound[0].is_null() && !int_arg(vm, bound[0], tabsize)) return Value::error();
  std::string out;
  int64_t column = 0;
  for (char c : self_data(args)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
    if (out.size() > static_cast<size_t>(kMaxSequenceLength)) return vm.raise_memory_error();
  }
  return result(vm, args, std::move(out));
}

// ---- translate, maketrans ----

Value bytes_translate(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_arguments(vm, args, "translate", {"table", "delete"}, 1, bound, 1)) return Value::error();
  std::string table_scratch, delete_scratch;
  std::string_view table, deletions;
  bool identity = bound[0].is_none();
  if (!identity) {
    if (!require_buffer(vm, bound[0], table_scratch, table)) return Value::error();
    if (table.size() != 256) return vm.raise(vm.types.ValueError, "translation table must be 256 characters long");
  }
  if (!bound[1].is_null() && !require_buffer(vm, bound[1], delete_scratch, deletions)) return Value::error();
  std::string out;
  for (char c : self_data(args)) {
    if (deletions.find(c) != std::string_view::npos) continue;
    out.push_back(identity ? c : table[static_cast<uint8_t>(c)]);
  }
  return result(vm, args, std::move(out));
}

// bytes.maketrans(from, to): a static method (no owner, so no self is passed).
Value bytes_maketrans(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "maketrans")) return Value::error();
  if (args.count != 2)
    return vm.raise(vm.types.TypeError, "maketrans expected 2 arguments, got " + std::to_string(args.count));
  std::string s1, s2;
  std::string_view from, to;
  if (!require_buffer(vm, args[0], s1, from) || !require_buffer(vm, args[1], s2, to)) return Value::error();
  if (from.size() != to.size()) return vm.raise(vm.types.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<uint8_t>(from[i])] = to[i];
  return Value::from_object(make_bytes(vm, std::move(table)));
}

// ---- hex, fromhex ----

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value fromhex(VM& vm, CallArgs args, bool bytearray) {
  if (!check_exactly_one(vm, args, "fromhex")) return Value::error();
  if (!is_text(args[0])) return vm.raise(vm.types.TypeError, "fromhex() argument must be str, not " + type_name(vm, args[0]));
  Str* s = static_cast<Str*>(args[0].as_object());
  std::string out;
  size_t i = 0, n = s->length;
  auto error = [&](size_t at) {
    return vm.raise(vm.types.ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
  };
  auto digit = [&](size_t at) { return at < n && s->at(at) < 0x80 ? hex_digit(static_cast<char>(s->at(at))) : -1; };
  while (true) {
    while (i < n && s->at(i) < 0x80 && is_space(static_cast<uint8_t>(s->at(i)))) ++i;
    if (i >= n) break;
    int hi = digit(i);
    if (hi < 0) return error(i);
    int lo = digit(i + 1);
    if (lo < 0) return error(i + 1);
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return Value::from_object(bytearray ? make_bytearray(vm, std::move(out)) : make_bytes(vm, std::move(out)));
}
Value bytes_fromhex(VM& vm, CallArgs args) { return fromhex(vm, args, false); }
Value bytearray_fromhex(VM& vm, CallArgs args) { return fromhex(vm, args, true); }

}  // namespace

// bytes.hex / bytearray.hex / memoryview.hex: two digits a byte, with an optional one-character
// separator every `bytes_per_sep` bytes (counted from the right, or the left when negative).
Value hex_of_buffer(VM& vm, std::string_view data, Value sep_value, Value per_sep_value) {
  std::string sep;
  if (!sep_value.is_null()) {
    std::string scratch;
    std::string_view raw;
    if (is_text(sep_value)) {
      Str* s = static_cast<Str*>(sep_value.as_object());
      if (s->length != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
      if (s->at(0) >= 0x80) return vm.raise(vm.types.ValueError, "sep must be ASCII.");
      sep.assign(1, static_cast<char>(s->at(0)));
    } else if (buffer_of(vm, sep_value, scratch, raw)) {
      if (raw.size() != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
      if (static_cast<uint8_t>(raw[0]) >= 0x80) return vm.raise(vm.types.ValueError, "sep must be ASCII.");
      sep.assign(raw);
    } else {
      return vm.raise(vm.types.TypeError, "sep must be str or bytes.");
    }
  }
  int64_t per = 1;
  if (!per_sep_value.is_null() && !int_arg(vm, per_sep_value, per)) return Value::error();
  static const char* kHex = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t group = static_cast<size_t>(per < 0 ? -per : per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // From the right: a separator where the count of bytes still to come is a multiple.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    uint8_t c = static_cast<uint8_t>(data[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return Value::from_object(make_str(vm, out));
}

namespace {
Value bytes_hex_method(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_arguments(vm, args, "hex", {"sep", "bytes_per_sep"}, 0, bound, 1)) return Value::error();
  return hex_of_buffer(vm, as_bytes(args[0])->data, bound[0], bound[1]);
}
}  // namespace

void install_bytes_methods(VM& vm) {
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"capitalize", bytes_capitalize}, {"center", bytes_center},       {"count", bytes_count},
      {"endswith", bytes_endswith},     {"expandtabs", bytes_expandtabs}, {"find", bytes_find},
      {"hex", bytes_hex_method},        {"index", bytes_index},         {"isalnum", bytes_isalnum},
      {"isalpha", bytes_isalpha},       {"isascii", bytes_isascii},     {"isdigit", bytes_isdigit},
      {"islower", bytes_islower},       {"isspace", bytes_isspace},     {"istitle", bytes_istitle},
      {"isupper", bytes_isupper},       {"join", bytes_join},           {"ljust", bytes_ljust},
      {"lower", bytes_lower},           {"lstrip", bytes_lstrip},       {"partition", bytes_partition},
      {"removeprefix", bytes_removeprefix}, {"removesuffix", bytes_removesuffix}, {"replace", bytes_replace},
      {"rfind", bytes_rfind},           {"rindex", bytes_rindex},       {"rjust", bytes_rjust},
      {"rpartition", bytes_rpartition}, {"rsplit", bytes_rsplit},       {"rstrip", bytes_rstrip},
      {"split", bytes_split},           {"splitlines", bytes_splitlines}, {"startswith", bytes_startswith},
      {"strip", bytes_strip},           {"swapcase", bytes_swapcase},   {"title", bytes_title},
      {"translate", bytes_translate},   {"upper", bytes_upper},         {"zfill", bytes_zfill},
  };
  for (Type* t : {vm.types.bytes, vm.types.bytearray}) {
    for (const auto& m : kMethods) add_method(vm, t, m.name, m.fn);
    // Static and class-level methods: natives without an owner get no self.
    t->attributes->set_str(vm.intern("maketrans"), Value::from_object(make_native(vm, "maketrans", bytes_maketrans)));
  }
  vm.types.bytes->attributes->set_str(vm.intern("fromhex"), Value::from_object(make_native(vm, "fromhex", bytes_fromhex)));
  vm.types.bytearray->attributes->set_str(vm.intern("fromhex"),
                                          Value::from_object(make_native(vm, "fromhex", bytearray_fromhex)));
}

}  // namespace saessak
