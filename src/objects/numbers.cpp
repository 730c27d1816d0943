#include "objects/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "objects/complex.h"
#include "objects/int.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

Value int_binary_big(VM& vm, BinaryOp op, const BigInt& a, const BigInt& b);
static Value too_big_fallback(VM& vm, BinaryOp op, int64_t a, int64_t b);

BigInt to_bigint(Value v) {
  if (v.is_int()) return BigInt::from_int64(v.as_int());
  if (v.is_bool()) return BigInt::from_int64(v.as_bool() ? 1 : 0);
  return big_of(v);
}

Value make_int(VM& vm, BigInt value) {
  if (value.fits_int64()) {
    int64_t small = value.to_int64();
    if (Value::fits_small_int(small)) return Value::from_int(small);
  }
  // The limbs live outside the object: count them toward the next collection, or a loop of big
  // arithmetic would grow the heap by hundreds of megabytes between collections.
  vm.heap.note_allocation(value.limbs().size() * sizeof(uint32_t));
  return Value::from_object(vm.heap.make<BigIntObject>(vm.types.int_, std::move(value)));
}

Value make_int(VM& vm, int64_t value) {
  if (!Value::fits_small_int(value)) return make_int(vm, BigInt::from_int64(value));
  return Value::from_int(value);
}

Value raise_bigint_error(VM& vm, BigIntError error, const char* context) {
  std::string op = context;
  switch (error) {
    case BigIntError::kTooLarge: return vm.raise_memory_error();
    case BigIntError::kZeroDivision:
      if (op == "%") return vm.raise(vm.types.ZeroDivisionError, "integer modulo by zero");
      if (op == "/") return vm.raise(vm.types.ZeroDivisionError, "division by zero");
      return vm.raise(vm.types.ZeroDivisionError, "integer division or modulo by zero");
    case BigIntError::kOverflow:
      if (op == "/") return vm.raise(vm.types.OverflowError, "integer division result too large for a float");
      return vm.raise(vm.types.OverflowError, "int too large to convert to float");
    case BigIntError::kNegativeShift: return vm.raise(vm.types.ValueError, "negative shift count");
    case BigIntError::kZeroModulus: return vm.raise(vm.types.ValueError, "pow() 3rd argument cannot be 0");
    case BigIntError::kNotInvertible: return vm.raise(vm.types.ValueError, "base is not invertible for the given modulus");
    default: return vm.raise(vm.types.ValueError, bigint_error_message(error));
  }
}

// The slow path of int arithmetic, for results or operands beyond the small ints.
Value int_binary_big(VM& vm, BinaryOp op, const BigInt& a, const BigInt& b) {
  auto result = [&](BigIntResult r, const char* context) {
    if (!r.ok()) return raise_bigint_error(vm, r.error, context);
    return make_int(vm, std::move(r.value));
  };
  switch (op) {
    case BinaryOp::Add: return make_int(vm, add(a, b));
    case BinaryOp::Sub: return make_int(vm, sub(a, b));
    case BinaryOp::Mul: return result(mul(a, b), "*");
    case BinaryOp::TrueDiv: {
      DoubleResult r = true_divide(a, b);
      if (!r.ok()) return raise_bigint_error(vm, r.error, "/");
      return Value::from_double(r.value);
    }
    case BinaryOp::FloorDiv: return result(floordiv(a, b), "//");
    case BinaryOp::Mod: return result(mod(a, b), "%");
    case BinaryOp::Pow: {
      if (b.is_negative()) {
        bool overflow_a = false, overflow_b = false;
        double x = a.to_double(overflow_a), y = b.to_double(overflow_b);
        if (overflow_a || overflow_b) return vm.raise(vm.types.OverflowError, "int too large to convert to float");
        return float_binary(vm, BinaryOp::Pow, x, y);
      }
      return result(pow(a, b), "**");
    }
    case BinaryOp::LShift: return result(shift_left(a, b), "<<");
    case BinaryOp::RShift: return result(shift_right(a, b), ">>");
    case BinaryOp::BitAnd: return make_int(vm, bit_and(a, b));
    case BinaryOp::BitOr: return make_int(vm, bit_or(a, b));
    case BinaryOp::BitXor: return make_int(vm, bit_xor(a, b));
    case BinaryOp::MatMul: return Value::not_implemented();
  }
  return Value::not_implemented();
}

Value int_binary_values(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_big_int(a) && !is_big_int(b)) {
    int64_t x = a.is_bool() ? a.as_bool() : a.as_int();
    int64_t y = b.is_bool() ? b.as_bool() : b.as_int();
    return int_binary(vm, op, x, y);
  }
  return int_binary_big(vm, op, to_bigint(a), to_bigint(b));
}

static Value too_big_fallback(VM& vm, BinaryOp op, int64_t a, int64_t b) {
  return int_binary_big(vm, op, BigInt::from_int64(a), BigInt::from_int64(b));
}

Value make_int_from_double(VM& vm, double value) {
  if (std::isnan(value)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(value)) return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
  double truncated = std::trunc(value);
  if (truncated < -1.4e14 || truncated > 1.4e14) return make_int(vm, BigInt::from_double(truncated));
  return make_int(vm, static_cast<int64_t>(truncated));
}

static int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

static int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

Value int_binary(VM& vm, BinaryOp op, int64_t a, int64_t b) {
  int64_t r;
  switch (op) {
    case BinaryOp::Add: return make_int(vm, a + b);  // |a|,|b| < 2^47: no int64 overflow
    case BinaryOp::Sub: return make_int(vm, a - b);
    case BinaryOp::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return too_big_fallback(vm, op, a, b);
      return make_int(vm, r);
    case BinaryOp::TrueDiv:
      if (b == 0) return vm.raise(vm.types.ZeroDivisionError, "division by zero");
      return Value::from_double(static_cast<double>(a) / static_cast<double>(b));
    case BinaryOp::FloorDiv:
      if (b == 0) return vm.raise(vm.types.ZeroDivisionError, "integer division or modulo by zero");
      return make_int(vm, floor_div(a, b));
    case BinaryOp::Mod:
      if (b == 0) return vm.raise(vm.types.ZeroDivisionError, "integer modulo by zero");
      return make_int(vm, floor_mod(a, b));
    case BinaryOp::Pow: {
      if (b < 0) {
        if (a == 0) return vm.raise(vm.types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::from_double(std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      int64_t result = 1, base = a, exponent = b;
      while (exponent > 0) {
        if (exponent & 1) {
          if (__builtin_mul_overflow(result, base, &result) || !Value::fits_small_int(result))
            return too_big_fallback(vm, op, a, b);
        }
        exponent >>= 1;
        if (exponent > 0 && (__builtin_mul_overflow(base, base, &base) || !Value::fits_small_int(base)))
          return too_big_fallback(vm, op, a, b);
      }
      return make_int(vm, result);
    }
    case BinaryOp::LShift:
      if (b < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      if (a == 0) return Value::from_int(0);
      if (b >= 48 || __builtin_mul_overflow(a, int64_t{1} << b, &r)) return too_big_fallback(vm, op, a, b);
      return make_int(vm, r);
    case BinaryOp::RShift:
      if (b < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      return Value::from_int(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BinaryOp::BitAnd: return Value::from_int(a & b);
    case BinaryOp::BitOr: return Value::from_int(a | b);
    case BinaryOp::BitXor: return Value::from_int(a ^ b);
    case BinaryOp::MatMul: return Value::not_implemented();
  }
  return Value::not_implemented();
}

Value float_binary(VM& vm, BinaryOp op, double a, double b) {
  switch (op) {
    case BinaryOp::Add: return Value::from_double(a + b);
    case BinaryOp::Sub: return Value::from_double(a - b);
    case BinaryOp::Mul: return Value::from_double(a * b);
    case BinaryOp::TrueDiv:
      if (b == 0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
      return Value::from_double(a / b);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      if (b == 0)
        return vm.raise(vm.types.ZeroDivisionError, op == BinaryOp::Mod ? "float modulo" : "float floor division by zero");
      // Python's divmod for floats: the remainder takes the divisor's sign.
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      if (op == BinaryOp::Mod) return Value::from_double(mod);
      double floordiv;
      if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return Value::from_double(floordiv);
    }
    case BinaryOp::Pow: {
      if (a == 0 && b < 0) return vm.raise(vm.types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (a < 0 && std::isfinite(b) && b != std::floor(b))
        return complex_binary(vm, BinaryOp::Pow, make_complex(vm, a, 0.0), Value::from_double(b));  // (-8) ** (1/3)
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
        return vm.raise(vm.types.OverflowError, "(34, 'Numerical result out of range')");
      return Value::from_double(r);
    }
    default: return Value::not_implemented();
  }
}

std::string int_to_string(int64_t value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
  // Shortest round-trip digits, then CPython's choice of notation (repr uses fixed notation
  // for decimal exponents in [-4, 16)).
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string_view sci(buffer, end - buffer);
  bool negative = sci[0] == '-';
  if (negative) sci.remove_prefix(1);
  size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos))
    if (c != '.') digits.push_back(c);
  int exponent = std::atoi(std::string(sci.substr(e_pos + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = negative ? "-" : "";
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) {
      out += "0.";
      out.append(static_cast<size_t>(-exponent - 1), '0');
      out += digits;
    } else if (static_cast<size_t>(exponent) + 1 >= digits.size()) {
      out += digits;
      out.append(exponent + 1 - digits.size(), '0');
      out += ".0";
    } else {
      out += digits.substr(0, exponent + 1);
      out += '.';
      out += digits.substr(exponent + 1);
    }
  } else {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += exponent < 0 ? "e-" : "e+";
    int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
  return out;
}

static std::string_view strip_spaces(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<int64_t> parse_int(std::string_view text, bool& too_big) {
  too_big = false;
  text = strip_spaces(text);
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  bool previous_digit = false;
  for (char c : text) {
    if (c == '_') {
      if (!previous_digit) return std::nullopt;
      previous_digit = false;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    previous_digit = true;
    if (value > (Value::kMaxSmallInt + 1) / 10 + 1) too_big = true;
    else value = value * 10 + (c - '0');
  }
  if (!previous_digit) return std::nullopt;
  if (negative) value = -value;
  if (!Value::fits_small_int(value)) too_big = true;
  return value;
}

std::optional<double> parse_float(std::string_view text) {
  text = strip_spaces(text);
  std::string cleaned;
  bool previous_digit = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') {
      bool next_digit = i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
      if (!previous_digit || !next_digit) return std::nullopt;
      continue;
    }
    previous_digit = c >= '0' && c <= '9';
    cleaned.push_back(c);
  }
  std::string lower;
  for (char c : cleaned) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  std::string_view body = lower;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == "inf" || body == "infinity") return negative ? -HUGE_VAL : HUGE_VAL;
  if (body == "nan") return std::nan("");
  if (body.empty() || body[0] == 'e' || body[0] == 'i' || body[0] == 'n') return std::nullopt;
  // Python's float syntax: digits [. digits] | . digits, then an optional exponent.
  size_t i = 0, mantissa_digits = 0;
  auto digit = [&](size_t k) { return k < body.size() && body[k] >= '0' && body[k] <= '9'; };
  while (digit(i)) ++i, ++mantissa_digits;
  if (i < body.size() && body[i] == '.') {
    ++i;
    while (digit(i)) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return std::nullopt;
  if (i < body.size() && body[i] == 'e') {
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    if (!digit(i)) return std::nullopt;
    while (digit(i)) ++i;
  }
  if (i != body.size()) return std::nullopt;
  double value = std::strtod(std::string(body).c_str(), nullptr);
  return negative ? -value : value;
}

// CPython's numeric hash: values reduced modulo the Mersenne prime 2^61 - 1, so equal
// numbers of different types hash alike.
static constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

int64_t hash_int(int64_t value) {
  uint64_t magnitude = value < 0 ? static_cast<uint64_t>(-value) : static_cast<uint64_t>(value);
  int64_t h = static_cast<int64_t>(magnitude % kHashModulus);
  if (value < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_float(double value) {
  if (std::isinf(value)) return value > 0 ? 314159 : -314159;
  if (std::isnan(value)) return 0;
  int exponent;
  double mantissa = std::frexp(value, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  uint64_t x = 0;
  while (mantissa) {
    x = ((x << 28) & kHashModulus) | x >> (61 - 28);
    mantissa *= 268435456.0;  // 2**28
    exponent -= 28;
    uint64_t y = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  exponent = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61);
  x = ((x << exponent) & kHashModulus) | x >> (61 - exponent);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

}  // namespace saessak

namespace saessak {

Value pow_mod(VM& vm, Value base, Value exp, Value mod) {
  if (is_complex(base) || is_complex(exp)) return vm.raise(vm.types.ValueError, "complex modulo");
  if (!is_integer(base) || !is_integer(exp) || !is_integer(mod))
    return vm.raise(vm.types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  BigIntResult r = saessak::pow_mod(to_bigint(base), to_bigint(exp), to_bigint(mod));
  if (!r.ok()) return raise_bigint_error(vm, r.error, "pow");
  return make_int(vm, std::move(r.value));
}

Value int_radix(VM& vm, Value v, int base, const char* name) {
  (void)name;
  if (!is_integer(v)) return vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return Value::from_object(make_str(vm, to_bigint(v).to_python_base(base)));
}

}  // namespace saessak
