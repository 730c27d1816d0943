// The methods and attributes of `int` and `float`, and `round()`, with CPython 3.11's results.
//
//   int:   bit_length, bit_count, conjugate, as_integer_ratio, __index__;
//          attributes real, imag, numerator, denominator.
//   float: is_integer, as_integer_ratio, hex, conjugate, float.fromhex (static: float has no
//          subclasses yet, so it needs no class argument); attributes real, imag.
//   round(number, ndigits=None): correctly rounded like CPython's dtoa-based double_round,
//          computed exactly with BigInt instead of through decimal strings.
//
// Not here: int.to_bytes / int.from_bytes (no bytes type yet) and int.is_integer (3.12).
//
// The attributes are `property` objects in the type's attribute dict whose getter is a native;
// get_method (protocols.cpp) calls the getter when it finds a property on a built-in type.
#include <cmath>
#include <cstring>
#include <limits>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/number_protocols.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

// round(number, ndigits=None): the native for builtins.cpp ("round").
[[nodiscard]] Value number_round(VM& vm, CallArgs args);
void install_number_methods(VM& vm);

namespace {

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

// int(self) for an int or bool receiver: bools become plain ints.
Value int_value(Value v) { return v.is_bool() ? Value::from_int(v.as_bool()) : v; }

// ---- int ----

Value int_bit_length(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "int.bit_length", 1)) return Value::error();
  Value v = args[0];
  if (is_big_int(v)) return make_int(vm, static_cast<int64_t>(big_of(v).bit_length()));
  int64_t n = v.is_bool() ? v.as_bool() : v.as_int();
  uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  int bits = 0;
  while (magnitude) {
    ++bits;
    magnitude >>= 1;
  }
  return Value::from_int(bits);
}

int popcount64(uint64_t x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

Value int_bit_count(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "int.bit_count", 1)) return Value::error();
  Value v = args[0];
  if (is_big_int(v)) {
    int64_t n = 0;
    for (uint32_t limb : big_of(v).limbs()) n += popcount64(limb);
    return make_int(vm, n);
  }
  int64_t n = v.is_bool() ? v.as_bool() : v.as_int();
  return Value::from_int(popcount64(n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n)));
}

Value int_conjugate(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "int.conjugate", 1)) return Value::error();
  return int_value(args[0]);
}

Value int_as_integer_ratio(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "int.as_integer_ratio", 1)) return Value::error();
  return Value::from_object(make_tuple(vm, {int_value(args[0]), Value::from_int(1)}));
}

Value int_index(VM& vm, CallArgs args) {
  if (args.keyword_count() > 0) return vm.raise(vm.types.TypeError, "__index__() takes no keyword arguments");
  if (args.count != 1)
    return vm.raise(vm.types.TypeError, "expected 0 arguments, got " + std::to_string(args.count - 1));
  return int_value(args[0]);
}

// Attribute getters (called with the object only).
Value int_real(VM& vm, CallArgs args) { return int_value(args[0]); }
Value int_imag(VM& vm, CallArgs args) { return Value::from_int(0); }
Value int_denominator(VM& vm, CallArgs args) { return Value::from_int(1); }
Value float_real(VM& vm, CallArgs args) { return args[0]; }
Value float_imag(VM& vm, CallArgs args) { return Value::from_double(0.0); }

// ---- float ----

double self_double(CallArgs args) { return args[0].as_double(); }

Value float_is_integer(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "float.is_integer", 1)) return Value::error();
  double x = self_double(args);
  return Value::from_bool(std::isfinite(x) && std::floor(x) == x);
}

Value float_conjugate(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "float.conjugate", 1)) return Value::error();
  return args[0];
}

Value float_as_integer_ratio(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "float.as_integer_ratio", 1)) return Value::error();
  double x = self_double(args);
  if (std::isinf(x)) return vm.raise(vm.types.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return vm.raise(vm.types.ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double fraction = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && fraction != std::floor(fraction); ++i) {
    fraction *= 2.0;
    --exponent;
  }
  BigInt numerator = BigInt::from_double(fraction);
  BigInt denominator = BigInt::from_int64(1);
  if (exponent > 0) {
    BigIntResult shifted = shift_left(numerator, static_cast<int64_t>(exponent));
    if (!shifted.ok()) return raise_bigint_error(vm, shifted.error, "<<");
    numerator = std::move(shifted.value);
  } else if (exponent < 0) {
    BigIntResult shifted = shift_left(denominator, static_cast<int64_t>(-exponent));
    if (!shifted.ok()) return raise_bigint_error(vm, shifted.error, "<<");
    denominator = std::move(shifted.value);
  }
  Value n = make_int(vm, std::move(numerator));
  Value d = make_int(vm, std::move(denominator));
  return Value::from_object(make_tuple(vm, {n, d}));
}

// float.hex(): '0x1.8000000000000p+1', exactly as CPython's float_hex.
std::string double_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  static const char* kHex = "0123456789abcdef";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);  // DBL_MIN_EXP is -1021
  m = std::ldexp(m, shift);
  e -= shift;
  std::string digits;
  digits.push_back(kHex[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  digits.push_back('.');
  for (int i = 0; i < 13; ++i) {  // (53 mantissa bits - 1) / 4
    m *= 16.0;
    digits.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
  }
  std::string out = x < 0 ? "-0x" : "0x";
  out += digits;
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Value float_hex(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "float.hex", 1)) return Value::error();
  return Value::from_object(make_str(vm, double_hex(self_double(args))));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 32) != b[i]) return false;
  return true;
}

// float.fromhex(string): CPython's float_fromhex with correct round-half-even.
Value float_fromhex(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "float.fromhex")) return Value::error();
  if (!is_str(args[0])) return vm.raise(vm.types.TypeError, "bad argument type for built-in operation");
  std::string text = static_cast<Str*>(args[0].as_object())->utf8();
  auto invalid = [&] { return vm.raise(vm.types.ValueError, "invalid hexadecimal floating-point string"); };
  size_t i = 0, n = text.size();
  while (i < n && ascii_space(text[i])) ++i;
  while (n > i && ascii_space(text[n - 1])) --n;
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string_view rest(text.data() + i, n - i);
  if (equals_ignoring_case(rest, "inf") || equals_ignoring_case(rest, "infinity"))
    return Value::from_double(negative ? -HUGE_VAL : HUGE_VAL);
  if (equals_ignoring_case(rest, "nan")) return Value::from_double(std::nan(""));
  if (i + 1 < n && text[i] == '0' && (text[i + 1] | 32) == 'x') i += 2;
  // The significant hex digits: the first 15 in `mantissa`, the rest only as a sticky bit.
  uint64_t mantissa = 0;
  int kept = 0;
  bool sticky = false;
  int64_t exponent = 0;  // of the mantissa as an integer, in bits
  bool any_digit = false, seen_point = false;
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    int d = hex_digit(c);
    if (d < 0) break;
    any_digit = true;
    if (seen_point) exponent -= 4;
    if (kept == 0 && d == 0) continue;  // leading zeros
    if (kept < 15) {
      mantissa = mantissa * 16 + d;
      ++kept;
    } else {
      exponent += 4;
      sticky = sticky || d != 0;
    }
  }
  if (!any_digit) return invalid();
  if (i < n && (text[i] | 32) == 'p') {
    ++i;
    bool exp_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) exp_negative = text[i++] == '-';
    if (i >= n || text[i] < '0' || text[i] > '9') return invalid();
    int64_t e = 0;
    for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) e = std::min<int64_t>(e * 10 + (text[i] - '0'), int64_t{1} << 40);
    exponent += exp_negative ? -e : e;
  }
  if (i != n) return invalid();
  if (mantissa == 0) return Value::from_double(negative ? -0.0 : 0.0);
  // Normalize so that bit 63 is the top bit: value = mantissa * 2^exponent.
  while (!(mantissa >> 63)) {
    mantissa <<= 1;
    --exponent;
  }
  int64_t top = exponent + 63;  // value in [2^top, 2^(top+1))
  if (top > 1023) return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  int64_t precision = top >= -1022 ? 53 : 53 - (-1022 - top);
  double result = 0.0;
  if (precision >= 0) {
    int drop = static_cast<int>(64 - precision);  // 11..64
    uint64_t keep = drop >= 64 ? 0 : mantissa >> drop;
    uint64_t remainder = drop >= 64 ? mantissa : mantissa & ((uint64_t{1} << drop) - 1);
    uint64_t half = uint64_t{1} << (drop - 1);
    if (remainder > half || (remainder == half && (sticky || (keep & 1)))) ++keep;
    result = std::ldexp(static_cast<double>(keep), static_cast<int>(exponent + drop));
    if (std::isinf(result)) return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  }
  return Value::from_double(negative ? -result : result);
}

// ---- round ----

// x rounded to a multiple of 10**-ndigits, half to even on the exact binary value, then the
// nearest double: what CPython gets from _Py_dg_dtoa(x, 3, ndigits) and _Py_dg_strtod.
Value round_double(VM& vm, double x, int64_t ndigits) {
  if (!std::isfinite(x)) return Value::from_double(x);
  if (ndigits > 323) return Value::from_double(x);           // NDIGITS_MAX
  if (ndigits < -308) return Value::from_double(0.0 * x);    // NDIGITS_MIN
  if (x == 0.0) return Value::from_double(x);
  int e;
  double fraction = std::frexp(std::fabs(x), &e);
  // |x| = m * 2^(e - 53) with m a 53-bit integer.
  BigInt m = BigInt::from_double(std::ldexp(fraction, 53));
  int64_t binary_exponent = e - 53;
  BigIntResult ten_power = pow(BigInt::from_int64(10), BigInt::from_int64(ndigits < 0 ? -ndigits : ndigits));
  if (!ten_power.ok()) return raise_bigint_error(vm, ten_power.error, "**");
  BigInt numerator = m, denominator = BigInt::from_int64(1);
  auto multiply = [&](BigInt& target, const BigInt& by) {
    BigIntResult r = mul(target, by);
    target = std::move(r.value);
    return r.ok();
  };
  bool ok = ndigits >= 0 ? multiply(numerator, ten_power.value) : multiply(denominator, ten_power.value);
  if (!ok) return vm.raise_memory_error();
  if (binary_exponent > 0) {
    BigIntResult r = shift_left(numerator, binary_exponent);
    if (!r.ok()) return vm.raise_memory_error();
    numerator = std::move(r.value);
  } else if (binary_exponent < 0) {
    BigIntResult r = shift_left(denominator, -binary_exponent);
    if (!r.ok()) return vm.raise_memory_error();
    denominator = std::move(r.value);
  }
  BigInt quotient, remainder;
  if (divmod(numerator, denominator, &quotient, &remainder) != BigIntError::kNone) return vm.raise_memory_error();
  int half = compare(add(remainder, remainder), denominator);
  if (half > 0 || (half == 0 && quotient.is_odd())) quotient = add(quotient, BigInt::from_int64(1));
  double rounded;
  if (ndigits >= 0) {
    DoubleResult r = true_divide(quotient, ten_power.value);
    if (!r.ok()) return vm.raise(vm.types.OverflowError, "rounded value too large to represent");
    rounded = r.value;
  } else {
    BigIntResult scaled = mul(quotient, ten_power.value);
    if (!scaled.ok()) return vm.raise_memory_error();
    bool overflow = false;
    rounded = scaled.value.to_double(overflow);
    if (overflow) return vm.raise(vm.types.OverflowError, "rounded value too large to represent");
  }
  return Value::from_double(std::copysign(rounded, x));
}

// An int rounded to a multiple of 10**-ndigits (ndigits < 0), half to even.
Value round_int(VM& vm, Value v, int64_t ndigits) {
  BigInt x = to_bigint(v);
  uint64_t digits = x.bit_length() * 30103 / 100000 + 2;  // more than the decimal digits of x
  if (static_cast<uint64_t>(-ndigits) > digits) return Value::from_int(0);
  BigIntResult power = pow(BigInt::from_int64(10), BigInt::from_int64(-ndigits));
  if (!power.ok()) return raise_bigint_error(vm, power.error, "**");
  BigInt quotient, remainder;
  if (divmod(x, power.value, &quotient, &remainder) != BigIntError::kNone) return vm.raise_memory_error();
  int half = compare(add(remainder, remainder), power.value);
  if (half > 0 || (half == 0 && quotient.is_odd())) quotient = add(quotient, BigInt::from_int64(1));
  BigIntResult result = mul(quotient, power.value);
  if (!result.ok()) return raise_bigint_error(vm, result.error, "*");
  return make_int(vm, std::move(result.value));
}

// ndigits as a Py_ssize_t that clips on overflow (PyNumber_AsSsize_t(o, NULL)).
bool ndigits_of(VM& vm, Value v, int64_t& out) {
  if (!is_integer(v)) {
    Value index = index_value(vm, v);  // __index__, as PyNumber_AsSsize_t
    if (index.is_error()) return false;
    if (!index.is_null()) v = index;
  }
  if (v.is_int() || v.is_bool()) {
    out = v.is_int() ? v.as_int() : v.as_bool();
    return true;
  }
  if (is_big_int(v)) {
    out = big_of(v).is_negative() ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return true;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

}  // namespace

Value number_round(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "round", {"number", "ndigits"})) return Value::error();
  if (args.count > 2)
    return vm.raise(vm.types.TypeError, "round() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  Value x = args.count > 0 ? args[0] : keyword_argument(args, "number");
  Value digits = args.count > 1 ? args[1] : keyword_argument(args, "ndigits");
  if (x.is_null()) return vm.raise(vm.types.TypeError, "round() missing required argument 'number' (pos 1)");
  bool has_digits = !digits.is_null() && !digits.is_none();
  if (is_python_object(x)) {
    Value method = lookup_python_dunder(x.as_object()->type, vm.intern("__round__"));
    if (method.is_null() && is_boxed_number(x)) {
      Value plain[2] = {unboxed(x), digits};
      return number_round(vm, CallArgs{plain, has_digits ? 2 : 1, nullptr});
    }
    if (method.is_null())
      return vm.raise(vm.types.TypeError, "type " + type_name(vm, x) + " doesn't define __round__ method");
    Value call_args[2] = {x, digits};
    return vm.call(method, CallArgs{call_args, has_digits ? 2 : 1, nullptr});
  }
  if (is_integer(x)) {
    int64_t n = 0;
    if (has_digits && !is_integer(digits) && !is_python_object(digits))
      return vm.raise(vm.types.TypeError, "'" + type_name(vm, digits) + "' object cannot be interpreted as an integer");
    if (has_digits && !ndigits_of(vm, digits, n)) return Value::error();
    if (!has_digits || n >= 0) return int_value(x);
    return round_int(vm, x, n);
  }
  if (!x.is_double()) return vm.raise(vm.types.TypeError, "type " + type_name(vm, x) + " doesn't define __round__ method");
  double d = x.as_double();
  if (!has_digits) {
    double rounded = std::round(d);
    if (std::fabs(d - rounded) == 0.5) rounded = 2.0 * std::round(d / 2.0);  // halfway: to even
    return make_int_from_double(vm, rounded);
  }
  int64_t n;
  if (!ndigits_of(vm, digits, n)) return Value::error();
  return round_double(vm, d, n);
}

void install_number_methods(VM& vm) {
  Type* int_type = vm.types.int_;
  add_method(vm, int_type, "bit_length", int_bit_length);
  add_method(vm, int_type, "bit_count", int_bit_count);
  add_method(vm, int_type, "conjugate", int_conjugate);
  add_method(vm, int_type, "as_integer_ratio", int_as_integer_ratio);
  add_method(vm, int_type, "__index__", int_index);
  Type* float_type = vm.types.float_;
  add_method(vm, float_type, "is_integer", float_is_integer);
  add_method(vm, float_type, "conjugate", float_conjugate);
  add_method(vm, float_type, "as_integer_ratio", float_as_integer_ratio);
  add_method(vm, float_type, "hex", float_hex);
  // No owner: called without a receiver, from the type or an instance (float has no subclasses yet).
  float_type->attributes->set_str(vm.intern("fromhex"), Value::from_object(make_native(vm, "fromhex", float_fromhex)));
  // Attributes: properties whose getter is a native taking the object.
  auto attribute = [&](Type* type, const char* name, NativeFn getter) {
    Value fget = Value::from_object(make_native(vm, name, getter));
    Property* p = vm.heap.make<Property>(vm.types.property, fget, Value::none(), Value::none(), Value::none());
    p->name = vm.intern(name);
    type->attributes->set_str(vm.intern(name), Value::from_object(p));
  };
  attribute(int_type, "real", int_real);
  attribute(int_type, "imag", int_imag);
  attribute(int_type, "numerator", int_real);
  attribute(int_type, "denominator", int_denominator);
  attribute(float_type, "real", float_real);
  attribute(float_type, "imag", float_imag);
}

}  // namespace saessak
