// Arbitrary-precision integers with Python's semantics, independent of the VM.
//
// Representation: a sign and a magnitude of 32-bit limbs, least significant first (32-bit
// limbs with 64-bit intermediates are native on both x86-64 and wasm32). Always normalized:
// no leading zero limbs, and zero is the empty magnitude with `negative_ == false`, so two
// equal values have identical fields.
//
// Errors are values: operations that can fail return a `BigIntResult` (or a status) that is
// `[[nodiscard]]`. `BigIntError` names the failure; `bigint_error_message` gives CPython's
// message for the usual context. Nothing here throws or aborts. Operations whose result can
// grow far beyond their inputs (mul, pow, left shift, parse, from_bytes) refuse to build a
// result longer than `BigInt::max_bits()` and report `kTooLarge` (the VM raises MemoryError).
//
// Algorithms (cost for n-limb operands): add/sub/bitwise O(n); multiplication schoolbook
// below `kKaratsubaThreshold` limbs, Karatsuba above (O(n^1.585)); division Knuth's
// algorithm D, O(n*m); decimal conversion both ways O(n^2) in 10^9 chunks (30,000 digits in
// about 10 ms on x86-64, 15 ms in wasm under node); true division and to_double correctly
// rounded (round-half-even), as CPython. Quadratic steps mean a value near max_bits() can
// take minutes to print or divide, so the VM should keep CPython's 4300-digit str/int limit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace saessak {

enum class BigIntError : uint8_t {
  kNone,
  kInvalidLiteral,    // ValueError: invalid literal for int() with base N: '...'
  kZeroDivision,      // ZeroDivisionError: integer division or modulo by zero
  kTooLarge,          // MemoryError: the result would exceed BigInt::max_bits()
  kOverflow,          // OverflowError: does not fit a float / the requested bytes
  kNegativeShift,     // ValueError: negative shift count
  kZeroModulus,       // ValueError: pow() 3rd argument cannot be 0
  kNotInvertible,     // ValueError: base is not invertible for the given modulus
  kNegativeArgument,  // ValueError: isqrt() of a negative / OverflowError: negative to unsigned bytes
};

// CPython's message for the usual context (true division has its own overflow message:
// "integer division result too large for a float").
const char* bigint_error_message(BigIntError error);

struct BigIntResult;

class BigInt {
 public:
  using Limb = uint32_t;
  using DoubleLimb = uint64_t;
  static constexpr int kLimbBits = 32;
  // Measured on x86-64 (g++ 12 -O2, the Benchmark test): one Karatsuba level beats schoolbook
  // from about 48 limbs (~460 decimal digits) up.
  static constexpr size_t kKaratsubaThreshold = 48;
  static constexpr uint64_t kDefaultMaxBits = 100'000'000;  // 12.5 MB per value

  BigInt() = default;  // zero
  static BigInt from_int64(int64_t value);
  static BigInt from_uint64(uint64_t value);
  // Truncates toward zero like int(3.9); `value` must be finite (the caller raises for nan/inf).
  static BigInt from_double(double value);
  // int(text, base): base 0 (the prefix decides) or 2..36. Surrounding ASCII whitespace, one
  // sign, single underscores between digits (and after a prefix), 0x/0o/0b when the base
  // matches; in base 0 a non-zero decimal may not start with 0. kInvalidLiteral on bad text.
  // The caller maps non-ASCII digits/whitespace and applies CPython's 4300-digit limit.
  static BigIntResult parse(std::string_view text, int base);
  // int.from_bytes(bytes, 'big'|'little', signed=...).
  static BigIntResult from_bytes(const uint8_t* data, size_t size, bool little_endian, bool is_signed);
  // Raw construction for the VM's heap object: limbs least significant first (normalized here).
  static BigInt from_limbs(bool negative, std::vector<Limb> limbs);

  // The size guard (bits) for results of mul, pow, shifts, parse and from_bytes.
  static uint64_t max_bits();
  static void set_max_bits(uint64_t bits);

  bool is_zero() const { return limbs_.empty(); }
  bool is_negative() const { return negative_; }
  bool is_odd() const { return !limbs_.empty() && (limbs_[0] & 1) != 0; }
  int sign() const { return negative_ ? -1 : (limbs_.empty() ? 0 : 1); }
  const std::vector<Limb>& limbs() const { return limbs_; }

  bool fits_int64() const;
  int64_t to_int64() const;  // requires fits_int64()
  // Correctly rounded (half-even) like int.__float__; sets `overflow` (and returns inf) when the
  // value is too large for a float ("int too large to convert to float").
  double to_double(bool& overflow) const;
  uint64_t bit_length() const;  // of the magnitude; 0 for zero
  // hash(): the value modulo 2^61-1 with the sign of the value; -1 becomes -2.
  int64_t hash() const;

  std::string to_string() const;            // decimal, with '-'
  std::string to_string(int base) const;    // base in 2..36 (required), lowercase, '-' but no prefix
  std::string to_python_base(int base) const;  // bin/oct/hex: base 2, 8 or 16 -> "-0x1f"
  // int.to_bytes(size, ...): kOverflow ("int too big to convert") when it does not fit,
  // kNegativeArgument ("can't convert negative int to unsigned") for negatives when unsigned.
  [[nodiscard]] BigIntError to_bytes(size_t size, bool little_endian, bool is_signed, std::vector<uint8_t>& out) const;

  BigInt negated() const;
  BigInt abs() const;

  friend bool operator==(const BigInt&, const BigInt&) = default;

 private:
  friend struct BigIntOps;
  bool negative_ = false;
  std::vector<Limb> limbs_;
  void normalize();
};

struct [[nodiscard]] BigIntResult {
  BigInt value;
  BigIntError error = BigIntError::kNone;
  bool ok() const { return error == BigIntError::kNone; }
};

struct [[nodiscard]] DoubleResult {
  double value = 0.0;
  BigIntError error = BigIntError::kNone;
  bool ok() const { return error == BigIntError::kNone; }
};

// Three-way comparisons: negative, zero or positive like a - b.
int compare(const BigInt& a, const BigInt& b);
// Exact comparison with a finite double (the caller handles nan and inf), as CPython's int/float.
int compare(const BigInt& a, double b);
inline bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
inline bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
inline bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
inline bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

BigInt add(const BigInt& a, const BigInt& b);
BigInt sub(const BigInt& a, const BigInt& b);
BigIntResult mul(const BigInt& a, const BigInt& b);  // kTooLarge past max_bits()
// Floor division and modulo with Python's signs (the remainder has the divisor's sign).
[[nodiscard]] BigIntError divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);
BigIntResult floordiv(const BigInt& a, const BigInt& b);
BigIntResult mod(const BigInt& a, const BigInt& b);
// a / b correctly rounded; kZeroDivision, or kOverflow ("integer division result too large for a float").
DoubleResult true_divide(const BigInt& a, const BigInt& b);
// base ** exponent for exponent >= 0 (the caller turns negative exponents into float pow).
BigIntResult pow(const BigInt& base, const BigInt& exponent);
// pow(base, exponent, modulus); a negative exponent uses the modular inverse. The result has
// the modulus' sign, like CPython.
BigIntResult pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);

// Bitwise operators on the infinite two's-complement form, like Python.
BigInt bit_and(const BigInt& a, const BigInt& b);
BigInt bit_or(const BigInt& a, const BigInt& b);
BigInt bit_xor(const BigInt& a, const BigInt& b);
BigInt bit_invert(const BigInt& a);  // -(a + 1)
BigIntResult shift_left(const BigInt& a, const BigInt& count);   // kNegativeShift, kTooLarge
BigIntResult shift_right(const BigInt& a, const BigInt& count);  // floors: -1 >> 5 == -1
BigIntResult shift_left(const BigInt& a, int64_t count);
BigIntResult shift_right(const BigInt& a, int64_t count);

BigInt gcd(const BigInt& a, const BigInt& b);  // non-negative, gcd(0, 0) == 0
BigIntResult isqrt(const BigInt& a);           // kNegativeArgument for a < 0

// For the unit tests' crossover measurement only: the Karatsuba threshold in limbs.
void bigint_set_karatsuba_threshold_for_testing(size_t limbs);

}  // namespace saessak
