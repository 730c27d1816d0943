// `'...'.format(...)`, `'...'.format_map(m)` (CPython's Objects/stringlib/unicode_format.h)
// and printf-style `'...' % args` (PyUnicode_Format in Objects/unicodeobject.c), with
// CPython 3.11's results and error messages. Each field's text comes from format_value
// (format.cpp). Both parsers walk the format string as code points.
#include <climits>
#include <vector>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/number_protocols.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "support/utf8.h"
#include "vm/vm.h"

namespace saessak {

namespace {

using CodePoints = std::vector<uint32_t>;

Layout layout_of(Value v) { return v.is_object() ? v.as_object()->type->layout : Layout::Immediate; }
bool is_str(Value v) { return layout_of(v) == Layout::Str; }
Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }

CodePoints code_points(const Str* s) {
  CodePoints out(s->length);
  for (size_t i = 0; i < s->length; ++i) out[i] = s->at(i);
  return out;
}

void append_range(std::string& out, const CodePoints& s, size_t start, size_t end) {
  for (size_t i = start; i < end; ++i) {
    if (s[i] < 0x80) out += static_cast<char>(s[i]);
    else append_utf8(out, s[i]);
  }
}

std::string utf8_of(const CodePoints& s, size_t start, size_t end) {
  std::string out;
  append_range(out, s, start, end);
  return out;
}

Value raise_key_error(VM& vm, Value key) {
  return vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {key})));
}

// ---------------------------------------------------------------------------------------------
// str.format and str.format_map

struct FormatContext {
  VM& vm;
  const CodePoints& text;
  const Value* positional = nullptr;  // nullptr for format_map: positional fields are an error
  size_t positional_count = 0;
  CallArgs keywords{};                // str.format's keyword arguments
  Value mapping = Value::null();      // format_map's mapping
  enum class Numbering { Unset, Automatic, Manual } numbering = Numbering::Unset;
  int64_t next_field = 0;
};

// A field name or index made of digits only; -1 when it is empty or has another character.
bool field_integer(VM& vm, const CodePoints& s, size_t start, size_t end, int64_t& out) {
  out = -1;
  if (start >= end) return true;
  int64_t value = 0;
  for (size_t i = start; i < end; ++i) {
    if (s[i] < '0' || s[i] > '9') return true;
    int digit = static_cast<int>(s[i] - '0');
    if (value > (INT64_MAX - digit) / 10) {
      vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
      return false;
    }
    value = value * 10 + digit;
  }
  out = value;
  return true;
}

// CPython's get_field_object: the value a field name such as `0`, `name`, `0.real`,
// `point[1]` or `` (automatic numbering) refers to.
Value field_object(FormatContext& ctx, size_t start, size_t end) {
  VM& vm = ctx.vm;
  const CodePoints& s = ctx.text;
  size_t i = start;
  while (i < end && s[i] != '.' && s[i] != '[') ++i;
  int64_t index;
  if (!field_integer(vm, s, start, i, index)) return Value::error();
  bool empty = start >= i;
  if (empty || index != -1) {
    using N = FormatContext::Numbering;
    if (ctx.numbering == N::Unset) ctx.numbering = empty ? N::Automatic : N::Manual;
    if (ctx.numbering == N::Manual && empty)
      return vm.raise(vm.types.ValueError, "cannot switch from manual field specification to automatic field numbering");
    if (ctx.numbering == N::Automatic && !empty)
      return vm.raise(vm.types.ValueError, "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = ctx.next_field++;
  }
  Value object;
  if (index == -1) {
    Value key = Value::from_object(make_str(vm, utf8_of(s, start, i)));
    if (!ctx.mapping.is_null()) {
      object = get_item(vm, ctx.mapping, key);
      if (object.is_error()) return object;
    } else {
      object = keyword_argument(ctx.keywords, as_str(key)->utf8());
      if (object.is_null()) return raise_key_error(vm, key);
    }
  } else {
    if (!ctx.positional) return vm.raise(vm.types.ValueError, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= ctx.positional_count)
      return vm.raise(vm.types.IndexError,
                      "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    object = ctx.positional[index];
  }
  // The rest: `.name` and `[key]` parts.
  while (i < end) {
    uint32_t c = s[i++];
    size_t name_start = i, name_end;
    bool attribute = c == '.';
    if (c == '.') {
      while (i < end && s[i] != '.' && s[i] != '[') ++i;
      name_end = i;
    } else if (c == '[') {
      while (i < end && s[i] != ']') ++i;
      if (i >= end) return vm.raise(vm.types.ValueError, "Missing ']' in format string");
      name_end = i++;
    } else {
      return vm.raise(vm.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name_start == name_end) return vm.raise(vm.types.ValueError, "Empty attribute in format string");
    std::string name = utf8_of(s, name_start, name_end);
    if (attribute) {
      object = get_attribute(vm, object, vm.intern(name));
    } else {
      int64_t item;
      if (!field_integer(vm, s, name_start, name_end, item)) return Value::error();
      Value key = item == -1 ? Value::from_object(make_str(vm, name)) : Value::from_int(item);
      object = get_item(vm, object, key);
    }
    if (object.is_error()) return object;
  }
  return object;
}

Value convert(VM& vm, Value object, uint32_t conversion) {
  switch (conversion) {
    case 'r': return repr(vm, object);
    case 's': return to_str(vm, object);
    case 'a': return ascii_of(vm, object);
    default: break;
  }
  std::string shown;
  if (conversion > 32 && conversion < 127) {
    shown = std::string(1, static_cast<char>(conversion));
  } else {
    static const char* hex = "0123456789abcdef";
    for (uint32_t v = conversion; v; v >>= 4) shown.insert(shown.begin(), hex[v & 15]);
    shown = "\\x" + (shown.empty() ? std::string("0") : shown);
  }
  return vm.raise(vm.types.ValueError, "Unknown conversion specifier " + shown);
}

// CPython's build_string: renders text[start, end) into `out`. `depth` limits nested specs
// (`{:{width}}` is one level; `{:{:{}}}` is too many).
bool build_string(FormatContext& ctx, size_t start, size_t end, int depth, std::string& out) {
  VM& vm = ctx.vm;
  const CodePoints& s = ctx.text;
  if (depth <= 0) {
    vm.raise(vm.types.ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t pos = start;
  while (pos < end) {
    // Literal text up to the next '{' or '}'.
    size_t literal_start = pos;
    uint32_t c = 0;
    bool markup = false;
    while (pos < end) {
      c = s[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= end;
    size_t literal_length = pos - literal_start;
    if (c == '}' && markup && (at_end || s[pos] != '}')) {
      vm.raise(vm.types.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (at_end && markup && c == '{') {
      vm.raise(vm.types.ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (markup) {
      if (s[pos] == c) {  // '{{' or '}}': the first brace is literal text
        ++pos;
        markup = false;
      } else {
        --literal_length;
      }
    }
    append_range(out, s, literal_start, literal_start + literal_length);
    if (!markup) continue;

    // The field: name [! conversion] [: spec] }
    size_t name_start = pos;
    c = 0;
    while (pos < end) {
      c = s[pos++];
      if (c == '{') {
        vm.raise(vm.types.ValueError, "unexpected '{' in field name");
        return false;
      }
      if (c == '[') {
        while (pos < end && s[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    size_t name_end = pos - 1;
    uint32_t conversion = 0;
    size_t spec_start = pos, spec_end = pos;
    bool nested = false;
    if (c == '!' || c == ':') {
      bool done = false;
      if (c == '!') {
        if (pos >= end) {
          vm.raise(vm.types.ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        conversion = s[pos++];
        if (pos < end) {
          uint32_t next = s[pos++];
          if (next == '}') {
            done = true;
            spec_start = spec_end = pos;
          } else if (next != ':') {
            vm.raise(vm.types.ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        spec_start = pos;
        int count = 1;
        while (pos < end) {
          uint32_t k = s[pos++];
          if (k == '{') {
            nested = true;
            ++count;
          } else if (k == '}' && --count == 0) {
            spec_end = pos - 1;
            done = true;
            break;
          }
        }
        if (!done) {
          vm.raise(vm.types.ValueError, "unmatched '{' in format spec");
          return false;
        }
      }
    } else if (c != '}') {
      vm.raise(vm.types.ValueError, "expected '}' before end of string");
      return false;
    }

    Value object = field_object(ctx, name_start, name_end);
    if (object.is_error()) return false;
    if (conversion) {
      object = convert(vm, object, conversion);
      if (object.is_error()) return false;
    }
    std::string spec;
    if (nested) {
      if (!build_string(ctx, spec_start, spec_end, depth - 1, spec)) return false;
    } else {
      append_range(spec, s, spec_start, spec_end);
    }
    if (is_python_object(object)) {
      // A class of our own may define __format__; format_object calls it.
      Value spec_str = Value::from_object(make_str(vm, spec));
      Value text = format_object(vm, object, static_cast<Str*>(spec_str.as_object()));
      if (text.is_error()) return false;
      out += static_cast<Str*>(text.as_object())->utf8();
      continue;
    }
    if (!format_value(vm, object, spec, out)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting

enum Flags { kLeft = 1, kSign = 2, kBlank = 4, kAlternate = 8, kZero = 16 };

// Whether v is an instance of a class with a number conversion (PyNumber_Check).
bool has_number_dunder(VM& vm, Value v) {
  if (is_boxed_number(v)) return !is_complex(unboxed(v));
  if (!is_python_object(v)) return false;
  for (const char* name : {"__int__", "__index__", "__float__"})
    if (!lookup_python_dunder(v.as_object()->type, vm.intern(name)).is_null()) return true;
  return false;
}

// What %d, %x and friends accept: CPython's PyNumber_Check, then int() (or __index__ for o/x/X).
bool percent_integer(VM& vm, Value v, uint32_t type, int64_t& out) {
  if (v.is_int() || v.is_bool()) {
    out = v.is_int() ? v.as_int() : v.as_bool();
    return true;
  }
  if (v.is_double() && type != 'o' && type != 'x' && type != 'X') {
    Value i = make_int_from_double(vm, v.as_double());
    if (i.is_error()) return false;
    out = i.as_int();
    return true;
  }
  if (has_number_dunder(vm, v)) {
    // A class with __int__/__index__ (or a subclass of int or float): int(v), or
    // operator.index(v) for o, x and X, as CPython's PyNumber_Long / PyNumber_Index.
    Value i = (type == 'o' || type == 'x' || type == 'X') ? index_value(vm, v) : vm.types.int_->construct(vm, CallArgs{&v, 1, nullptr});
    if (i.is_error()) return false;
    if (i.is_int() || i.is_bool()) return percent_integer(vm, i, type, out);
  }
  const char* need = (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number";
  vm.raise(vm.types.TypeError, std::string("%") + static_cast<char>(type) + " format: " + need + " is required, not " +
                                   type_name(vm, v));
  return false;
}

// CPython's _PyUnicode_FormatLong: [-][0x][zeros up to precision]digits.
std::string format_long(int64_t value, bool alternate, int64_t precision, uint32_t type) {
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  static const char* hex = "0123456789abcdef";
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits;
  do {
    digits.insert(digits.begin(), hex[magnitude % base]);
    magnitude /= base;
  } while (magnitude);
  if (precision > static_cast<int64_t>(digits.size())) digits.insert(0, precision - digits.size(), '0');
  std::string out = value < 0 ? "-" : "";
  if (alternate && base != 10) out += base == 8 ? "0o" : "0x";
  out += digits;
  if (type == 'X')
    for (char& c : out)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 32);
  return out;
}

struct PercentFormatter {
  VM& vm;
  CodePoints text;
  Value args;
  Value dict = Value::null();  // the mapping for %(name)s, when args is one
  Value current = Value::null();  // what the next argument comes from
  int64_t arglen = -1, argidx = -2;
  int64_t count = 0;              // CPython's fmtcnt, emulated exactly for its error precedence
  size_t pos = 0;
  std::string out{};

  uint32_t read() const { return pos < text.size() ? text[pos] : 0; }

  Value next_argument() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return current;
      return static_cast<Tuple*>(current.as_object())->items[i];
    }
    return vm.raise(vm.types.TypeError, "not enough arguments for format string");
  }

  bool star_argument(int64_t& out_value) {
    Value v = next_argument();
    if (v.is_error()) return false;
    if (!v.is_int() && !v.is_bool()) {
      vm.raise(vm.types.TypeError, "* wants int");
      return false;
    }
    out_value = v.is_int() ? v.as_int() : v.as_bool();
    return true;
  }

  // One conversion, after its '%'. CPython's unicode_format_arg.
  bool format_one() {
    uint32_t ch = read();
    if (ch == '%') {
      ++pos;
      --count;
      out += '%';
      return true;
    }
    int flags = 0;
    int64_t width = -1, precision = -1;
    if (read() == '(') {
      if (dict.is_null()) {
        vm.raise(vm.types.TypeError, "format requires a mapping");
        return false;
      }
      ++pos;
      --count;
      size_t key_start = pos;
      int depth = 1;
      while (depth > 0 && --count >= 0) {
        ch = read();
        if (ch == ')') --depth;
        else if (ch == '(') ++depth;
        ++pos;
      }
      if (count < 0 || depth > 0) {
        vm.raise(vm.types.ValueError, "incomplete format key");
        return false;
      }
      Value key = Value::from_object(make_str(vm, utf8_of(text, key_start, pos - 1)));
      current = get_item(vm, dict, key);
      if (current.is_error()) return false;
      arglen = -1;
      argidx = -2;
    }
    while (--count >= 0) {
      ch = read();
      ++pos;
      int flag = ch == '-' ? kLeft : ch == '+' ? kSign : ch == ' ' ? kBlank : ch == '#' ? kAlternate : ch == '0' ? kZero : 0;
      if (!flag) break;
      flags |= flag;
    }
    if (ch == '*') {
      if (!star_argument(width)) return false;
      if (width < 0) {
        flags |= kLeft;
        width = -width;
      }
      if (--count >= 0) ch = text[pos++];
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      while (--count >= 0) {
        ch = text[pos++];
        if (ch < '0' || ch > '9') break;
        if (width > (INT64_MAX - (ch - '0')) / 10) {
          vm.raise(vm.types.ValueError, "width too big");
          return false;
        }
        width = width * 10 + (ch - '0');
      }
    }
    if (ch == '.') {
      precision = 0;
      if (--count >= 0) ch = text[pos++];
      if (ch == '*') {
        if (!star_argument(precision)) return false;
        if (precision > INT_MAX || precision < INT_MIN) {
          vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
          return false;
        }
        if (precision < 0) precision = 0;
        if (--count >= 0) ch = text[pos++];
      } else if (ch >= '0' && ch <= '9') {
        precision = ch - '0';
        while (--count >= 0) {
          ch = text[pos++];
          if (ch < '0' || ch > '9') break;
          if (precision > (INT_MAX - static_cast<int64_t>(ch - '0')) / 10) {
            vm.raise(vm.types.ValueError, "precision too big");
            return false;
          }
          precision = precision * 10 + (ch - '0');
        }
      }
    }
    if (count >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
      if (--count >= 0) ch = text[pos++];
    }
    if (count < 0) {
      vm.raise(vm.types.ValueError, "incomplete format");
      return false;
    }
    if (width > kMaxSequenceLength || precision > kMaxSequenceLength) {
      vm.raise_memory_error();
      return false;
    }

    Value v = next_argument();
    if (v.is_error()) return false;
    CodePoints piece;
    bool numeric = false;
    switch (ch) {
      case 's': case 'r': case 'a': {
        Value s = ch == 's' ? to_str(vm, v) : ch == 'r' ? repr(vm, v) : ascii_of(vm, v);
        if (s.is_error()) return false;
        piece = code_points(as_str(s));
        break;
      }
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        int64_t n;
        if (!percent_integer(vm, v, ch, n)) return false;
        std::string digits = format_long(n, flags & kAlternate, precision, ch);
        piece.assign(digits.begin(), digits.end());
        numeric = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (v.is_double()) x = v.as_double();
        else if (v.is_int()) x = static_cast<double>(v.as_int());
        else if (v.is_bool()) x = v.as_bool();
        else if (has_number_dunder(vm, v) || is_big_int(v)) {
          Value f = vm.types.float_->construct(vm, CallArgs{&v, 1, nullptr});  // float(v)
          if (f.is_error()) return false;
          x = f.as_double();
        } else {
          vm.raise(vm.types.TypeError, "must be real number, not " + type_name(vm, v));
          return false;
        }
        std::string digits = format_double(x, static_cast<char>(ch), precision < 0 ? 6 : static_cast<int>(precision),
                                           flags & kAlternate, false, false);
        piece.assign(digits.begin(), digits.end());
        numeric = true;
        break;
      }
      case 'c': {
        uint32_t c;
        if (is_str(v) && as_str(v)->length == 1) {
          c = as_str(v)->at(0);
        } else if (v.is_int() || v.is_bool()) {
          int64_t n = v.is_int() ? v.as_int() : v.as_bool();
          if (n < 0 || n > 0x10FFFF) {
            vm.raise(vm.types.OverflowError, "%c arg not in range(0x110000)");
            return false;
          }
          c = static_cast<uint32_t>(n);
        } else {
          vm.raise(vm.types.TypeError, "%c requires int or char");
          return false;
        }
        piece.push_back(c);
        break;
      }
      default: {
        char shown = ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?';
        static const char* hex = "0123456789abcdef";
        std::string code;
        for (uint32_t k = ch; k; k >>= 4) code.insert(code.begin(), hex[k & 15]);
        if (code.empty()) code = "0";
        vm.raise(vm.types.ValueError, std::string("unsupported format character '") + shown + "' (0x" + code +
                                          ") at index " + std::to_string(pos - 1));
        return false;
      }
    }
    output(piece, ch, flags, width, precision, numeric);
    if (!dict.is_null() && argidx < arglen) {
      vm.raise(vm.types.TypeError, "not all arguments converted during string formatting");
      return false;
    }
    return true;
  }

  // CPython's unicode_format_arg_output: sign, '0x' prefix and padding around one piece.
  void output(const CodePoints& piece, uint32_t ch, int flags, int64_t width, int64_t precision, bool sign) {
    uint32_t fill = sign && (flags & kZero) ? '0' : ' ';
    int64_t len = static_cast<int64_t>(piece.size());
    if ((width == -1 || width <= len) && (precision == -1 || precision >= len) && !(flags & (kSign | kBlank))) {
      append_range(out, piece, 0, piece.size());
      return;
    }
    if ((ch == 's' || ch == 'r' || ch == 'a') && precision >= 0 && len > precision) len = precision;
    size_t index = 0;
    uint32_t sign_char = 0;
    if (sign) {
      uint32_t first = piece.empty() ? 0 : piece[0];
      if (first == '-' || first == '+') {
        sign_char = first;
        --len;
        ++index;
      } else if (flags & kSign) {
        sign_char = '+';
      } else if (flags & kBlank) {
        sign_char = ' ';
      } else {
        sign = false;
      }
    }
    if (width < len) width = len;
    bool prefix = (flags & kAlternate) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (sign) {
      if (fill != ' ') out += static_cast<char>(sign_char);
      if (width > len) --width;
    }
    if (prefix) {
      if (fill != ' ') {
        out += '0';
        out += static_cast<char>(ch);
        index += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & kLeft)) {
      out.append(static_cast<size_t>(width - len), static_cast<char>(fill));
      width = len;
    }
    if (fill == ' ') {
      if (sign) out += static_cast<char>(sign_char);
      if (prefix) {
        out += '0';
        out += static_cast<char>(ch);
        index += 2;
      }
    }
    if (len > 0) append_range(out, piece, index, index + static_cast<size_t>(len));
    if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  }
};

}  // namespace

Value str_format(VM& vm, CallArgs args) {
  CodePoints text = code_points(as_str(args[0]));
  FormatContext ctx{vm, text};
  ctx.positional = args.values + 1;
  ctx.positional_count = static_cast<size_t>(args.count - 1);
  ctx.keywords = args;
  std::string out;
  if (!build_string(ctx, 0, text.size(), 2, out)) return Value::error();
  return Value::from_object(make_str(vm, out));
}

Value str_format_map(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "str.format_map", 1)) return Value::error();
  CodePoints text = code_points(as_str(args[0]));
  FormatContext ctx{vm, text};
  ctx.mapping = args[1];
  std::string out;
  if (!build_string(ctx, 0, text.size(), 2, out)) return Value::error();
  return Value::from_object(make_str(vm, out));
}

Value str_percent_format(VM& vm, Value format_string, Value args) {
  PercentFormatter f{vm, code_points(as_str(format_string)), args};
  Layout layout = layout_of(args);
  if (layout == Layout::Tuple) {
    f.arglen = static_cast<int64_t>(static_cast<Tuple*>(args.as_object())->size());
    f.argidx = 0;
  } else {
    f.arglen = -1;
    f.argidx = -2;
  }
  // CPython's PyMapping_Check: anything with __getitem__ but a tuple or a str.
  if (layout == Layout::Dict || layout == Layout::List || layout == Layout::Range) f.dict = args;
  f.current = args;
  f.count = static_cast<int64_t>(f.text.size());
  while (--f.count >= 0) {
    uint32_t c = f.text[f.pos];
    if (c != '%') {
      if (c < 0x80) f.out += static_cast<char>(c);
      else append_utf8(f.out, c);
      ++f.pos;
      continue;
    }
    ++f.pos;
    if (!f.format_one()) return Value::error();
  }
  if (f.argidx < f.arglen && f.dict.is_null())
    return vm.raise(vm.types.TypeError, "not all arguments converted during string formatting");
  return Value::from_object(make_str(vm, f.out));
}

}  // namespace saessak
