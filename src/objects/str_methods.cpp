// The methods of `str`, and calling `str(...)`.
#include <algorithm>

#include "objects/arguments.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Str* self_str(CallArgs args) { return static_cast<Str*>(args[0].as_object()); }
bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }
Value from_code_points(VM& vm, const std::vector<uint32_t>& cps) {
  return Value::from_object(make_str_from_code_points(vm, cps.data(), cps.size()));
}
std::vector<uint32_t> code_points(const Str* s) {
  std::vector<uint32_t> out(s->length);
  for (size_t i = 0; i < s->length; ++i) out[i] = s->at(i);
  return out;
}
bool is_space(uint32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}
// Case mapping for ASCII and Latin-1; Hangul has no case.
uint32_t to_upper(uint32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
  return c;
}
uint32_t to_lower(uint32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  return c;
}
bool is_cased_letter(uint32_t c) { return to_upper(c) != c || to_lower(c) != c; }

bool require_str(VM& vm, Value v, const std::string& what) {
  if (is_str(v)) return true;
  vm.raise(vm.types.TypeError, what + type_name(vm, v));
  return false;
}

Value str_upper(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.upper", 1)) return Value::error();
  std::vector<uint32_t> cps = code_points(self_str(args));
  for (uint32_t& c : cps) c = to_upper(c);
  return from_code_points(vm, cps);
}

Value str_lower(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.lower", 1)) return Value::error();
  std::vector<uint32_t> cps = code_points(self_str(args));
  for (uint32_t& c : cps) c = to_lower(c);
  return from_code_points(vm, cps);
}

Value str_capitalize(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.capitalize", 1)) return Value::error();
  std::vector<uint32_t> cps = code_points(self_str(args));
  for (size_t i = 0; i < cps.size(); ++i) cps[i] = i == 0 ? to_upper(cps[i]) : to_lower(cps[i]);
  return from_code_points(vm, cps);
}

Value str_title(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.title", 1)) return Value::error();
  std::vector<uint32_t> cps = code_points(self_str(args));
  bool previous_cased = false;
  for (uint32_t& c : cps) {
    c = previous_cased ? to_lower(c) : to_upper(c);
    previous_cased = is_cased_letter(c);
  }
  return from_code_points(vm, cps);
}

Value strip_impl(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  if (!check_between(vm, args, name, 0, 1, 1)) return Value::error();
  std::vector<uint32_t> cps = code_points(self_str(args));
  std::vector<uint32_t> chars;
  bool whitespace = args.count == 1 || args[1].is_none();
  if (!whitespace) {
    if (!require_str(vm, args[1], std::string(name) + " arg must be None or str, not ")) return Value::error();
    chars = code_points(static_cast<Str*>(args[1].as_object()));
  }
  auto strip = [&](uint32_t c) { return whitespace ? is_space(c) : std::find(chars.begin(), chars.end(), c) != chars.end(); };
  size_t begin = 0, end = cps.size();
  if (left)
    while (begin < end && strip(cps[begin])) ++begin;
  if (right)
    while (end > begin && strip(cps[end - 1])) --end;
  return from_code_points(vm, std::vector<uint32_t>(cps.begin() + begin, cps.begin() + end));
}
Value str_strip(VM& vm, CallArgs args) { return strip_impl(vm, args, "strip", true, true); }
Value str_lstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "lstrip", true, false); }
Value str_rstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "rstrip", false, true); }

int64_t find_from(const Str* hay, const Str* needle, size_t from) {
  if (needle->length == 0) return from <= hay->length ? static_cast<int64_t>(from) : -1;
  for (size_t i = from; i + needle->length <= hay->length; ++i) {
    size_t k = 0;
    while (k < needle->length && hay->at(i + k) == needle->at(k)) ++k;
    if (k == needle->length) return static_cast<int64_t>(i);
  }
  return -1;
}

Value str_split(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "split", {"sep", "maxsplit"})) return Value::error();
  if (args.count > 3) return vm.raise(vm.types.TypeError, "split() takes at most 2 arguments (" + std::to_string(args.count - 1) + " given)");
  Value sep = args.count > 1 ? args[1] : keyword_argument(args, "sep");
  Value max_value = args.count > 2 ? args[2] : keyword_argument(args, "maxsplit");
  int64_t maxsplit = -1;
  if (!max_value.is_null() && !index_of(vm, max_value, maxsplit, "maxsplit")) return Value::error();
  Str* s = self_str(args);
  std::vector<Value> parts;
  auto piece = [&](size_t a, size_t b) {
    std::vector<uint32_t> cps;
    for (size_t i = a; i < b; ++i) cps.push_back(s->at(i));
    parts.push_back(from_code_points(vm, cps));
  };
  if (sep.is_null() || sep.is_none()) {
    size_t i = 0, n = s->length;
    while (true) {
      while (i < n && is_space(s->at(i))) ++i;
      if (i >= n) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= maxsplit) {
        size_t end = n;
        while (end > i && is_space(s->at(end - 1))) --end;
        piece(i, end);
        break;
      }
      size_t start = i;
      while (i < n && !is_space(s->at(i))) ++i;
      piece(start, i);
    }
  } else {
    if (!require_str(vm, sep, "must be str or None, not ")) return Value::error();
    Str* separator = static_cast<Str*>(sep.as_object());
    if (separator->length == 0) return vm.raise(vm.types.ValueError, "empty separator");
    size_t start = 0;
    while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
      int64_t at = find_from(s, separator, start);
      if (at < 0) break;
      piece(start, at);
      start = at + separator->length;
    }
    piece(start, s->length);
  }
  return Value::from_object(make_list(vm, std::move(parts)));
}

Value str_join(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "str.join", 1)) return Value::error();
  std::vector<Value> items;
  if (!collect_iterable(vm, args[1], items)) return Value::error();
  Str* sep = self_str(args);
  std::vector<uint32_t> out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      return vm.raise(vm.types.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                              type_name(vm, items[i]) + " found");
    if (i)
      for (size_t k = 0; k < sep->length; ++k) out.push_back(sep->at(k));
    Str* s = static_cast<Str*>(items[i].as_object());
    for (size_t k = 0; k < s->length; ++k) out.push_back(s->at(k));
  }
  return from_code_points(vm, out);
}

Value str_replace(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "replace", 2, 3, 1)) return Value::error();
  if (!require_str(vm, args[1], "replace() argument 1 must be str, not ")) return Value::error();
  if (!require_str(vm, args[2], "replace() argument 2 must be str, not ")) return Value::error();
  int64_t count = -1;
  if (args.count == 4 && !index_of(vm, args[3], count, "count")) return Value::error();
  Str* s = self_str(args);
  Str* old = static_cast<Str*>(args[1].as_object());
  Str* replacement = static_cast<Str*>(args[2].as_object());
  std::vector<uint32_t> out;
  size_t i = 0;
  int64_t done = 0;
  while (i <= s->length) {
    int64_t at = (count >= 0 && done >= count) ? -1 : find_from(s, old, i);
    if (at < 0) {
      for (size_t k = i; k < s->length; ++k) out.push_back(s->at(k));
      break;
    }
    for (size_t k = i; k < static_cast<size_t>(at); ++k) out.push_back(s->at(k));
    for (size_t k = 0; k < replacement->length; ++k) out.push_back(replacement->at(k));
    ++done;
    if (old->length == 0) {
      if (static_cast<size_t>(at) < s->length) out.push_back(s->at(at));
      i = at + 1;
    } else {
      i = at + old->length;
    }
  }
  return from_code_points(vm, out);
}

Value affix_impl(VM& vm, CallArgs args, const char* name, bool prefix) {
  if (!check_between(vm, args, name, 1, 1, 1)) return Value::error();
  if (!is_str(args[1]))
    return vm.raise(vm.types.TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(vm, args[1]));
  Str* s = self_str(args);
  Str* a = static_cast<Str*>(args[1].as_object());
  if (a->length > s->length) return Value::from_bool(false);
  size_t offset = prefix ? 0 : s->length - a->length;
  for (size_t k = 0; k < a->length; ++k)
    if (s->at(offset + k) != a->at(k)) return Value::from_bool(false);
  return Value::from_bool(true);
}
Value str_startswith(VM& vm, CallArgs args) { return affix_impl(vm, args, "startswith", true); }
Value str_endswith(VM& vm, CallArgs args) { return affix_impl(vm, args, "endswith", false); }

Value str_find(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "find", 1, 1, 1)) return Value::error();
  if (!require_str(vm, args[1], "must be str, not ")) return Value::error();
  return Value::from_int(find_from(self_str(args), static_cast<Str*>(args[1].as_object()), 0));
}

Value str_count(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "count", 1, 1, 1)) return Value::error();
  if (!require_str(vm, args[1], "must be str, not ")) return Value::error();
  Str* s = self_str(args);
  Str* needle = static_cast<Str*>(args[1].as_object());
  if (needle->length == 0) return Value::from_int(static_cast<int64_t>(s->length) + 1);
  int64_t n = 0;
  for (int64_t at = find_from(s, needle, 0); at >= 0; at = find_from(s, needle, at + needle->length)) ++n;
  return Value::from_int(n);
}

template <bool (*Predicate)(uint32_t)>
Value classify(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.is", 1)) return Value::error();
  Str* s = self_str(args);
  if (s->length == 0) return Value::from_bool(false);
  for (size_t i = 0; i < s->length; ++i)
    if (!Predicate(s->at(i))) return Value::from_bool(false);
  return Value::from_bool(true);
}
bool is_digit_cp(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_alpha_cp(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF);
}
bool is_space_cp(uint32_t c) { return is_space(c); }

Value construct_str(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "str", {"object"})) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "str() takes at most 1 argument (" + std::to_string(args.count) + " given)");
  Value object = args.count == 1 ? args[0] : keyword_argument(args, "object");
  if (object.is_null()) return Value::from_object(make_str(vm, ""));
  return to_str(vm, object);
}

}  // namespace

void install_str_type(VM& vm) {
  Type* str = vm.types.str;
  str->construct = construct_str;
  add_method(vm, str, "upper", str_upper);
  add_method(vm, str, "lower", str_lower);
  add_method(vm, str, "capitalize", str_capitalize);
  add_method(vm, str, "title", str_title);
  add_method(vm, str, "strip", str_strip);
  add_method(vm, str, "lstrip", str_lstrip);
  add_method(vm, str, "rstrip", str_rstrip);
  add_method(vm, str, "split", str_split);
  add_method(vm, str, "join", str_join);
  add_method(vm, str, "replace", str_replace);
  add_method(vm, str, "startswith", str_startswith);
  add_method(vm, str, "endswith", str_endswith);
  add_method(vm, str, "find", str_find);
  add_method(vm, str, "count", str_count);
  add_method(vm, str, "isdigit", classify<is_digit_cp>);
  add_method(vm, str, "isalpha", classify<is_alpha_cp>);
  add_method(vm, str, "isspace", classify<is_space_cp>);
  add_method(vm, str, "format", str_format);
  add_method(vm, str, "format_map", str_format_map);
}

}  // namespace saessak
