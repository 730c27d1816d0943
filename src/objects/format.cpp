// The format-spec mini-language (`format(value, spec)`), following CPython 3.11's
// Python/formatter_unicode.c and Python/pystrtod.c. See format.h.
#include "objects/format.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <vector>

#include "objects/arguments.h"
#include "objects/complex.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "support/utf8.h"
#include "vm/vm.h"

namespace saessak {

namespace {

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

std::vector<uint32_t> decode(std::string_view utf8) {
  std::vector<uint32_t> out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) out.push_back(decode_utf8(utf8, i));
  return out;
}

size_t utf8_length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<uint8_t>(c) & 0xC0) != 0x80;
  return n;
}

void append_fill(std::string& out, uint32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
    return;
  }
  std::string one;
  append_utf8(one, fill);
  for (int64_t i = 0; i < count; ++i) out += one;
}

// The parsed spec: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
struct Spec {
  uint32_t fill = ' ';
  uint32_t align = 0;
  char sign = 0;           // '+', '-', ' ' or 0
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;
  char grouping = 0;       // ',' or '_' or 0
  int group_size = 3;      // 4 for '_' with b, o, x, X
  int64_t precision = -1;
  uint32_t type = 0;
};

bool is_alignment(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads decimal digits at `pos`; `consumed` is how many. ValueError when it cannot fit.
bool read_integer(VM& vm, const std::vector<uint32_t>& s, size_t& pos, int64_t& value, int& consumed) {
  value = 0;
  consumed = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int digit = static_cast<int>(s[pos] - '0');
    if (value > (INT64_MAX - digit) / 10) {
      vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
      return false;
    }
    value = value * 10 + digit;
    ++pos;
    ++consumed;
  }
  return true;
}

std::string hex_digits(uint32_t value) {
  static const char* hex = "0123456789abcdef";
  char buffer[8];
  int n = 0;
  do {
    buffer[n++] = hex[value & 15];
    value >>= 4;
  } while (value);
  std::string out;
  while (n > 0) out += buffer[--n];
  return out;
}

// 'd', or '\xe9' for a code point outside printable ASCII (CPython's %c or \\x%x).
std::string quoted_code(uint32_t c) {
  if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
  return "'\\x" + hex_digits(c) + "'";
}

Value unknown_code(VM& vm, uint32_t type, Value value) {
  return vm.raise(vm.types.ValueError,
                  "Unknown format code " + quoted_code(type) + " for object of type '" + type_name(vm, value) + "'");
}

// CPython's parse_internal_render_format_spec.
bool parse_spec(VM& vm, Value value, std::string_view text, uint32_t default_type, uint32_t default_align, Spec& spec) {
  std::vector<uint32_t> s = decode(text);
  size_t pos = 0, end = s.size();
  bool align_given = false, fill_given = false;
  spec.align = default_align;
  spec.type = default_type;
  if (end - pos >= 2 && is_alignment(s[pos + 1])) {
    spec.align = s[pos + 1];
    spec.fill = s[pos];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(s[pos])) {
    spec.align = s[pos];
    align_given = true;
    ++pos;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    spec.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < end && s[pos] == '0') {
    spec.fill = '0';
    if (!align_given && default_align == '>') spec.align = '=';
    ++pos;
  }
  int consumed;
  if (!read_integer(vm, s, pos, spec.width, consumed)) return false;
  if (consumed == 0) spec.width = -1;
  if (pos < end && s[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (spec.grouping) {
      vm.raise(vm.types.ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    spec.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && spec.grouping == '_') {
    vm.raise(vm.types.ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    if (!read_integer(vm, s, pos, spec.precision, consumed)) return false;
    if (consumed == 0) {
      vm.raise(vm.types.ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (end - pos > 1) {
    vm.raise(vm.types.ValueError,
             "Invalid format specifier '" + std::string(text) + "' for object of type '" + type_name(vm, value) + "'");
    return false;
  }
  if (end - pos == 1) spec.type = s[pos];
  if (spec.grouping) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') {
          spec.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        vm.raise(vm.types.ValueError,
                 std::string("Cannot specify '") + spec.grouping + "' with " + quoted_code(spec.type) + ".");
        return false;
    }
  }
  if (spec.width > kMaxSequenceLength) {
    vm.raise_memory_error();
    return false;
  }
  return true;
}

// CPython's _PyUnicode_InsertThousandsGrouping: groups `digits` from the right and pads them
// on the left with zeros up to `min_width` characters (zeros are grouped too).
std::string group_digits(std::string_view digits, int64_t min_width, int group, char separator) {
  min_width = std::max<int64_t>(0, min_width);
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t next = digits.size();
  std::string reversed;
  bool use_separator = false;
  auto fill = [&](int64_t chars, int64_t zeros) {
    if (use_separator) reversed += separator;
    for (int64_t k = 0; k < chars; ++k) reversed += digits[--next];
    reversed.append(static_cast<size_t>(zeros), '0');
  };
  bool done = false;
  if (group > 0) {
    while (true) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t zeros = std::max<int64_t>(0, len - remaining);
      int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
      fill(chars, zeros);
      use_separator = true;
      remaining -= chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!done) {
    int64_t len = std::max<int64_t>(std::max(remaining, min_width), 1);
    fill(std::max<int64_t>(0, std::min(remaining, len)), std::max<int64_t>(0, len - remaining));
  }
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// CPython's calc_number_widths + fill_number. The number is
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <rest> <rpadding>
// where `rest` is everything after the leading digits ('.5e+10', '%', 'inf', a 'c' character).
void render_number(std::string& out, const Spec& spec, bool negative, std::string_view prefix, std::string_view digits,
                   std::string_view rest, bool upper) {
  char sign = 0;
  if (negative) sign = '-';
  else if (spec.sign == '+') sign = '+';
  else if (spec.sign == ' ') sign = ' ';
  int64_t rest_length = static_cast<int64_t>(utf8_length(rest));
  int64_t fixed = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + rest_length;
  int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - fixed : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, spec.grouping ? spec.group_size : 0, spec.grouping);
  int64_t padding = spec.width - (fixed + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': middle = padding; break;
      default: left = padding; break;
    }
  }
  append_fill(out, spec.fill, left);
  if (sign) out += sign;
  for (char c : prefix) out += upper ? ascii_upper(c) : c;
  append_fill(out, spec.fill, middle);
  for (char c : grouped) out += upper ? ascii_upper(c) : c;
  out += rest;
  append_fill(out, spec.fill, right);
}

std::string digits_in_base(uint64_t magnitude, int base) {
  static const char* hex = "0123456789abcdef";
  if (magnitude == 0) return "0";
  std::string out;
  while (magnitude) {
    out += hex[magnitude % base];
    magnitude /= base;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

bool format_float(VM& vm, double value, const Spec& spec, std::string& out);

bool format_int(VM& vm, Value object, int64_t value, const Spec& spec, std::string& out) {
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(vm, static_cast<double>(value), spec, out);
    default: unknown_code(vm, spec.type, object); return false;
  }
  if (spec.precision != -1) {
    vm.raise(vm.types.ValueError, "Precision not allowed in integer format specifier");
    return false;
  }
  if (spec.no_neg_0) {
    vm.raise(vm.types.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    return false;
  }
  if (spec.type == 'c') {
    if (spec.sign) {
      vm.raise(vm.types.ValueError, "Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (spec.alternate) {
      vm.raise(vm.types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      return false;
    }
    if (value < 0 || value > 0x10FFFF) {
      vm.raise(vm.types.OverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    std::string ch;
    append_utf8(ch, static_cast<uint32_t>(value));
    render_number(out, spec, false, "", "", ch, false);
    return true;
  }
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
  }
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = digits_in_base(magnitude, base);
  render_number(out, spec, value < 0, spec.alternate ? prefix : "", digits, "", spec.type == 'X');
  return true;
}

bool format_float(VM& vm, double value, const Spec& spec, std::string& out) {
  uint32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_code(vm, type, Value::from_double(value)); return false;
  }
  if (spec.precision > INT_MAX) {
    vm.raise(vm.types.ValueError, "precision too big");
    return false;
  }
  if (spec.precision > kMaxSequenceLength) {
    vm.raise_memory_error();
    return false;
  }
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  bool add_dot_0 = false, percent = false;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string text = format_double(value, static_cast<char>(type), precision, spec.alternate, add_dot_0, spec.no_neg_0);
  if (percent) text += '%';
  bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  size_t digit_end = 0;
  while (digit_end < body.size() && body[digit_end] >= '0' && body[digit_end] <= '9') ++digit_end;
  render_number(out, spec, negative, "", body.substr(0, digit_end), body.substr(digit_end), false);
  return true;
}

bool format_str(VM& vm, Str* s, const Spec& spec, std::string& out) {
  if (spec.type != 's') {
    unknown_code(vm, spec.type, Value::from_object(s));
    return false;
  }
  const char* error = nullptr;
  if (spec.sign) error = "Sign not allowed in string format specifier";
  else if (spec.no_neg_0) error = "Negative zero coercion (z) not allowed in string format specifier";
  else if (spec.alternate) error = "Alternate form (#) not allowed in string format specifier";
  else if (spec.align == '=') error = "'=' alignment not allowed in string format specifier";
  if (error) {
    vm.raise(vm.types.ValueError, error);
    return false;
  }
  int64_t length = static_cast<int64_t>(s->length);
  if (spec.precision >= 0 && length > spec.precision) length = spec.precision;
  int64_t total = std::max(length, spec.width);
  int64_t left = 0;
  if (spec.align == '>') left = total - length;
  else if (spec.align == '^') left = (total - length) / 2;
  append_fill(out, spec.fill, left);
  if (length == static_cast<int64_t>(s->length) && s->kind == 1 && s->is_ascii()) {
    out += s->storage;
  } else {
    for (int64_t i = 0; i < length; ++i) append_utf8(out, s->at(static_cast<size_t>(i)));
  }
  append_fill(out, spec.fill, total - length - left);
  return true;
}

// Splits scientific text "-1.2345e+06" into its digits ("12345") and decimal exponent (6).
void split_scientific(std::string_view text, std::string& digits, int& exponent) {
  size_t e = text.find('e');
  digits.clear();
  for (char c : text.substr(0, e))
    if (c >= '0' && c <= '9') digits += c;
  std::string_view exp = text.substr(e + 1);
  bool negative = exp[0] == '-';
  exp.remove_prefix(1);
  exponent = 0;
  for (char c : exp) exponent = exponent * 10 + (c - '0');
  if (negative) exponent = -exponent;
}

std::string exponent_text(int exponent) {
  std::string out = exponent < 0 ? "e-" : "e+";
  int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out += '0';
  out += std::to_string(magnitude);
  return out;
}

bool format_complex(VM& vm, Value value, const Spec& spec, std::string& out);

}  // namespace

std::string format_double(double value, char type, int precision, bool alternate, bool add_dot_0, bool no_neg_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  char lower = upper ? static_cast<char>(type + 32) : type;
  std::string out;
  if (std::isnan(value) || std::isinf(value)) {
    out = std::isnan(value) ? "nan" : (value < 0 ? "-inf" : "inf");
  } else if (lower == 'r') {
    out = float_repr(value);
    if (alternate && out.find('.') == std::string::npos) {
      size_t e = out.find('e');
      out.insert(e == std::string::npos ? out.size() : e, ".");
    }
  } else if (lower == 'f' || lower == 'e') {
    std::vector<char> buffer(static_cast<size_t>(precision) + 400);
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   lower == 'f' ? std::chars_format::fixed : std::chars_format::scientific, precision);
    out.assign(buffer.data(), end);
    if (alternate && precision == 0) {
      if (lower == 'f') out += '.';
      else out.insert(out.find('e'), ".");
    }
  } else {  // 'g'
    if (precision == 0) precision = 1;
    std::vector<char> buffer(static_cast<size_t>(precision) + 64);
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   std::chars_format::scientific, precision - 1);
    std::string digits;
    int exponent;
    split_scientific(std::string_view(buffer.data(), end - buffer.data()), digits, exponent);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    // The layout of CPython's format_float_short: the digits sit in an infinite string of
    // zeros, and [vdigits_start, vdigits_end) of it is printed around the decimal point.
    int64_t digits_len = static_cast<int64_t>(digits.size());
    int64_t decpt = exponent + 1;
    bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
    int64_t vdigits_end = alternate ? precision : digits_len;
    if (use_exp) decpt = 1;
    int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vdigits_end = std::max(vdigits_end, decpt + 1);
    else vdigits_end = std::max(vdigits_end, decpt);
    if (value < 0 || std::signbit(value)) out += '-';
    if (decpt <= 0) {
      out.append(static_cast<size_t>(decpt - vdigits_start), '0');
      out += '.';
      out.append(static_cast<size_t>(-decpt), '0');
    } else {
      out.append(static_cast<size_t>(-vdigits_start), '0');
    }
    if (decpt > 0 && decpt <= digits_len) {
      out.append(digits, 0, static_cast<size_t>(decpt));
      out += '.';
      out.append(digits, static_cast<size_t>(decpt), std::string::npos);
    } else {
      out += digits;
    }
    if (digits_len < decpt) {
      out.append(static_cast<size_t>(decpt - digits_len), '0');
      out += '.';
      out.append(static_cast<size_t>(vdigits_end - decpt), '0');
    } else {
      out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !alternate) out.pop_back();
    if (use_exp) out += exponent_text(exponent);
  }
  if (no_neg_0 && !out.empty() && out[0] == '-') {
    bool all_zero = true;
    for (char c : out) {
      if (c == 'e' || c == 'n' || c == 'i') break;  // exponent, nan, inf
      if (c >= '1' && c <= '9') all_zero = false;
    }
    if (all_zero && out.find("inf") == std::string::npos) out.erase(0, 1);
  }
  if (upper)
    for (char& c : out) c = ascii_upper(c);
  return out;
}

bool format_value(VM& vm, Value value, std::string_view spec_text, std::string& out) {
  Spec spec;
  if (is_str(value)) {
    Str* s = static_cast<Str*>(value.as_object());
    if (spec_text.empty()) {
      out += s->utf8();
      return true;
    }
    return parse_spec(vm, value, spec_text, 's', '<', spec) && format_str(vm, s, spec, out);
  }
  if (value.is_int() || value.is_bool()) {
    int64_t n = value.is_int() ? value.as_int() : (value.as_bool() ? 1 : 0);
    if (spec_text.empty()) {
      out += value.is_int() ? int_to_string(n) : (n ? "True" : "False");
      return true;
    }
    return parse_spec(vm, value, spec_text, 'd', '>', spec) && format_int(vm, value, n, spec, out);
  }
  if (value.is_double()) {
    if (spec_text.empty()) {
      out += float_repr(value.as_double());
      return true;
    }
    return parse_spec(vm, value, spec_text, 0, '>', spec) && format_float(vm, value.as_double(), spec, out);
  }
  if (is_complex(value)) {
    if (spec_text.empty()) {
      out += complex_repr_text(as_complex(value)->real, as_complex(value)->imag);
      return true;
    }
    return parse_spec(vm, value, spec_text, 0, '>', spec) && format_complex(vm, value, spec, out);
  }
  // object.__format__: only the empty spec, meaning str(value).
  if (!spec_text.empty()) {
    vm.raise(vm.types.TypeError, "unsupported format string passed to " + type_name(vm, value) + ".__format__");
    return false;
  }
  Value text = to_str(vm, value);
  if (text.is_error()) return false;
  out += static_cast<Str*>(text.as_object())->utf8();
  return true;
}

Value builtin_format(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "format", 1, 2)) return Value::error();
  Str* spec = nullptr;
  if (args.count == 2) {
    if (!is_str(args[1]))
      return vm.raise(vm.types.TypeError, "format() argument 2 must be str, not " + type_name(vm, args[1]));
    spec = static_cast<Str*>(args[1].as_object());
  }
  // format_object honours a class's own __format__, as format() does in CPython.
  return format_object(vm, args[0], spec);
}

Value builtin_ascii(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "ascii")) return Value::error();
  return ascii_of(vm, args[0]);
}

}  // namespace saessak

namespace saessak {
namespace {

// CPython's format_complex_internal: each part formatted like a float (the imaginary part
// always signed), no type meaning repr's rules (the real part left out when it is +0, brackets
// otherwise), then the whole padded as one field.
bool format_complex(VM& vm, Value value, const Spec& spec, std::string& out) {
  double re = as_complex(value)->real, im = as_complex(value)->imag;
  uint32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(vm, type, value); return false;
  }
  if (spec.fill == '0') {
    vm.raise(vm.types.ValueError, "Zero padding is not allowed in complex format specifier");
    return false;
  }
  if (spec.align == '=') {
    vm.raise(vm.types.ValueError, "'=' alignment flag is not allowed in complex format specifier");
    return false;
  }
  if (spec.precision > INT_MAX) {
    vm.raise(vm.types.ValueError, "precision too big");
    return false;
  }
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  bool skip_re = false, parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  auto part = [&](double d, char sign) {
    std::string text = format_double(d, static_cast<char>(type), precision, spec.alternate, false, spec.no_neg_0);
    if (type == 'r' && !spec.alternate && text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
      text.resize(text.size() - 2);
    bool negative = !text.empty() && text[0] == '-';
    std::string_view body(text);
    if (negative) body.remove_prefix(1);
    size_t digit_end = 0;
    while (digit_end < body.size() && body[digit_end] >= '0' && body[digit_end] <= '9') ++digit_end;
    Spec bare = spec;
    bare.width = -1;
    bare.sign = sign;
    std::string rendered;
    render_number(rendered, bare, negative, "", body.substr(0, digit_end), body.substr(digit_end), false);
    return rendered;
  };
  std::string body;
  if (parens) body += '(';
  if (!skip_re) body += part(re, spec.sign);
  body += part(im, skip_re ? spec.sign : '+');
  body += 'j';
  if (parens) body += ')';
  int64_t length = static_cast<int64_t>(utf8_length(body));
  int64_t padding = spec.width > length ? spec.width - length : 0;
  int64_t left = spec.align == '<' ? 0 : spec.align == '^' ? padding / 2 : padding;
  append_fill(out, spec.fill, left);
  out += body;
  append_fill(out, spec.fill, padding - left);
  return true;
}

}  // namespace
}  // namespace saessak
