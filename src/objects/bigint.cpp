#include "objects/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <utility>

namespace saessak {

namespace {

using Limb = BigInt::Limb;
using Wide = BigInt::DoubleLimb;
using Limbs = std::vector<Limb>;
constexpr int kBits = BigInt::kLimbBits;

uint64_t g_max_bits = BigInt::kDefaultMaxBits;

// ---------------------------------------------------------------------------------------------
// Magnitudes: little-endian limb arrays, given as pointer + length. Helpers returning a `Limbs`
// return it trimmed (no leading zero limbs).

void trim(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

size_t trimmed_size(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

uint64_t bit_length_of(const Limb* a, size_t n) {
  n = trimmed_size(a, n);
  if (n == 0) return 0;
  return static_cast<uint64_t>(n - 1) * kBits + static_cast<uint64_t>(std::bit_width(a[n - 1]));
}

int compare_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  na = trimmed_size(a, na);
  nb = trimmed_size(b, nb);
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int compare_mag(const Limbs& a, const Limbs& b) { return compare_mag(a.data(), a.size(), b.data(), b.size()); }

Limbs add_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  Limbs out(na + 1);
  Wide carry = 0;
  for (size_t i = 0; i < na; ++i) {
    Wide t = static_cast<Wide>(a[i]) + (i < nb ? b[i] : 0) + carry;
    out[i] = static_cast<Limb>(t);
    carry = t >> kBits;
  }
  out[na] = static_cast<Limb>(carry);
  trim(out);
  return out;
}

// a - b where a >= b.
Limbs sub_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  Limbs out(na);
  Limb borrow = 0;
  for (size_t i = 0; i < na; ++i) {
    Wide bi = static_cast<Wide>(i < nb ? b[i] : 0) + borrow;
    Wide ai = a[i];
    out[i] = static_cast<Limb>(ai - bi);
    borrow = ai < bi ? 1 : 0;
  }
  trim(out);
  return out;
}

// r[0..nr) += a[0..na); the sum must fit in nr limbs.
void add_into(Limb* r, size_t nr, const Limb* a, size_t na) {
  Wide carry = 0;
  size_t i = 0;
  for (; i < na; ++i) {
    Wide t = static_cast<Wide>(r[i]) + a[i] + carry;
    r[i] = static_cast<Limb>(t);
    carry = t >> kBits;
  }
  for (; carry != 0 && i < nr; ++i) {
    Wide t = static_cast<Wide>(r[i]) + carry;
    r[i] = static_cast<Limb>(t);
    carry = t >> kBits;
  }
}

// r[0..nr) -= a[0..na); requires r >= a.
void sub_into(Limb* r, size_t nr, const Limb* a, size_t na) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < na; ++i) {
    Wide ai = static_cast<Wide>(a[i]) + borrow;
    borrow = r[i] < ai ? 1 : 0;
    r[i] = static_cast<Limb>(r[i] - ai);
  }
  for (; borrow != 0 && i < nr; ++i) {
    borrow = r[i] == 0 ? 1 : 0;
    r[i] -= 1;
  }
}

// out[0..na+nb) = a * b; out must be zeroed.
void mul_schoolbook(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  for (size_t i = 0; i < na; ++i) {
    Wide ai = a[i];
    if (ai == 0) continue;
    Wide carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      Wide t = ai * b[j] + out[i + j] + carry;
      out[i + j] = static_cast<Limb>(t);
      carry = t >> kBits;
    }
    out[i + nb] = static_cast<Limb>(carry);
  }
}

size_t g_karatsuba_threshold = BigInt::kKaratsubaThreshold;

Limbs mul_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  na = trimmed_size(a, na);
  nb = trimmed_size(b, nb);
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) return {};
  if (nb < g_karatsuba_threshold) {
    Limbs out(na + nb, 0);
    mul_schoolbook(a, na, b, nb, out.data());
    trim(out);
    return out;
  }
  if (2 * nb <= na) {
    // Lopsided: multiply b by nb-limb slices of a so each product is balanced.
    Limbs out(na + nb, 0);
    for (size_t offset = 0; offset < na; offset += nb) {
      size_t len = std::min(nb, na - offset);
      Limbs part = mul_mag(a + offset, len, b, nb);
      add_into(out.data() + offset, out.size() - offset, part.data(), part.size());
    }
    trim(out);
    return out;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 (nb > h, so b1 is not empty);
  // a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 with z1 = (a0+a1)*(b0+b1).
  size_t h = na / 2;
  Limbs z0 = mul_mag(a, h, b, h);
  Limbs z2 = mul_mag(a + h, na - h, b + h, nb - h);
  Limbs sa = add_mag(a, trimmed_size(a, h), a + h, na - h);
  Limbs sb = add_mag(b, trimmed_size(b, h), b + h, nb - h);
  Limbs z1 = mul_mag(sa.data(), sa.size(), sb.data(), sb.size());
  sub_into(z1.data(), z1.size(), z0.data(), z0.size());
  sub_into(z1.data(), z1.size(), z2.data(), z2.size());
  trim(z1);
  Limbs out(na + nb + 1, 0);
  std::copy(z0.begin(), z0.end(), out.begin());
  add_into(out.data() + 2 * h, out.size() - 2 * h, z2.data(), z2.size());
  add_into(out.data() + h, out.size() - h, z1.data(), z1.size());
  trim(out);
  return out;
}

Limbs mul_mag(const Limbs& a, const Limbs& b) { return mul_mag(a.data(), a.size(), b.data(), b.size()); }

// q = a / d (q may alias a), returns a % d.
Limb divmod_limb(const Limb* a, size_t n, Limb d, Limb* q) {
  Wide rem = 0;
  for (size_t i = n; i-- > 0;) {
    Wide cur = (rem << kBits) | a[i];
    Wide digit = cur / d;
    rem = cur - digit * d;
    if (q != nullptr) q[i] = static_cast<Limb>(digit);
  }
  return static_cast<Limb>(rem);
}

// Knuth's algorithm D (TAOCP 4.3.1; the layout of Hacker's Delight's divmnu). b must be non-zero.
void divmod_mag(const Limbs& a, const Limbs& b, Limbs* quotient, Limbs* remainder) {
  size_t m = a.size();
  size_t n = b.size();
  if (compare_mag(a, b) < 0) {
    if (quotient != nullptr) quotient->clear();
    if (remainder != nullptr) *remainder = a;
    return;
  }
  if (n == 1) {
    Limbs q(m);
    Limb r = divmod_limb(a.data(), m, b[0], q.data());
    trim(q);
    if (quotient != nullptr) *quotient = std::move(q);
    if (remainder != nullptr) {
      remainder->clear();
      if (r != 0) remainder->push_back(r);
    }
    return;
  }
  // Normalize so the divisor's top limb has its high bit set.
  int s = std::countl_zero(b[n - 1]);
  Limbs v(n);
  Limbs u(m + 1);
  for (size_t i = n - 1; i > 0; --i) v[i] = s == 0 ? b[i] : (b[i] << s) | (b[i - 1] >> (kBits - s));
  v[0] = b[0] << s;
  u[m] = s == 0 ? 0 : a[m - 1] >> (kBits - s);
  for (size_t i = m - 1; i > 0; --i) u[i] = s == 0 ? a[i] : (a[i] << s) | (a[i - 1] >> (kBits - s));
  u[0] = a[0] << s;

  Limbs q(m - n + 1);
  const Wide base = Wide{1} << kBits;
  for (size_t j = m - n + 1; j-- > 0;) {
    Wide num = (static_cast<Wide>(u[j + n]) << kBits) | u[j + n - 1];
    Wide qhat = num / v[n - 1];
    Wide rhat = num - qhat * v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << kBits) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // u[j..j+n] -= qhat * v
    int64_t k = 0;
    for (size_t i = 0; i < n; ++i) {
      Wide p = qhat * v[i];
      int64_t t = static_cast<int64_t>(u[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      u[i + j] = static_cast<Limb>(t);
      k = static_cast<int64_t>(p >> kBits) - (t >> kBits);
    }
    int64_t t = static_cast<int64_t>(u[j + n]) - k;
    u[j + n] = static_cast<Limb>(t);
    if (t < 0) {  // qhat was one too large (rare): add v back.
      --qhat;
      Wide carry = 0;
      for (size_t i = 0; i < n; ++i) {
        Wide sum = static_cast<Wide>(u[i + j]) + v[i] + carry;
        u[i + j] = static_cast<Limb>(sum);
        carry = sum >> kBits;
      }
      u[j + n] = static_cast<Limb>(u[j + n] + carry);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  trim(q);
  if (quotient != nullptr) *quotient = std::move(q);
  if (remainder != nullptr) {
    Limbs r(n);
    for (size_t i = 0; i < n; ++i) r[i] = s == 0 ? u[i] : (u[i] >> s) | (u[i + 1] << (kBits - s));
    trim(r);
    *remainder = std::move(r);
  }
}

Limbs shift_left_mag(const Limbs& a, uint64_t count) {
  if (a.empty()) return {};
  size_t limb_shift = static_cast<size_t>(count / kBits);
  int bit_shift = static_cast<int>(count % kBits);
  Limbs out(a.size() + limb_shift + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    Wide t = static_cast<Wide>(a[i]) << bit_shift;
    out[i + limb_shift] |= static_cast<Limb>(t);
    out[i + limb_shift + 1] = static_cast<Limb>(t >> kBits);
  }
  trim(out);
  return out;
}

// Returns a >> count and sets `lost` when a non-zero bit was shifted out.
Limbs shift_right_mag(const Limbs& a, uint64_t count, bool* lost) {
  uint64_t limb_shift64 = count / kBits;
  if (limb_shift64 >= a.size()) {
    if (lost != nullptr) *lost = !a.empty();
    return {};
  }
  size_t limb_shift = static_cast<size_t>(limb_shift64);
  int bit_shift = static_cast<int>(count % kBits);
  if (lost != nullptr) {
    bool any = false;
    for (size_t i = 0; i < limb_shift && !any; ++i) any = a[i] != 0;
    if (bit_shift != 0 && (a[limb_shift] & ((Limb{1} << bit_shift) - 1)) != 0) any = true;
    *lost = any;
  }
  Limbs out(a.size() - limb_shift);
  for (size_t i = 0; i < out.size(); ++i) {
    Wide t = a[i + limb_shift];
    if (i + limb_shift + 1 < a.size()) t |= static_cast<Wide>(a[i + limb_shift + 1]) << kBits;
    out[i] = static_cast<Limb>(t >> bit_shift);
  }
  trim(out);
  return out;
}

Limbs limbs_of(uint64_t value) {
  Limbs out;
  while (value != 0) {
    out.push_back(static_cast<Limb>(value));
    value >>= kBits;
  }
  return out;
}

uint64_t low_uint64(const Limbs& a) {
  uint64_t v = 0;
  if (!a.empty()) v = a[0];
  if (a.size() > 1) v |= static_cast<uint64_t>(a[1]) << kBits;
  return v;
}

bool too_many_bits(uint64_t bits) { return bits > g_max_bits; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

constexpr Limb kDecimalChunk = 1'000'000'000;  // 10^9, the largest power of ten in a limb
constexpr int kDecimalChunkDigits = 9;

}  // namespace

// Gives the helpers in this file access to BigInt's fields.
struct BigIntOps {
  static BigInt make(bool negative, Limbs limbs) {
    BigInt r;
    r.limbs_ = std::move(limbs);
    r.negative_ = negative;
    r.normalize();
    return r;
  }
  static Limbs& limbs(BigInt& x) { return x.limbs_; }
};

namespace {

BigInt make(bool negative, Limbs limbs) { return BigIntOps::make(negative, std::move(limbs)); }

BigIntResult failure(BigIntError error) { return BigIntResult{BigInt(), error}; }

BigIntResult success(BigInt value) { return BigIntResult{std::move(value), BigIntError::kNone}; }

// Two's complement of x over n limbs (n > x's size so the sign bit fits).
Limbs twos_complement(const BigInt& x, size_t n) {
  Limbs out(n, 0);
  std::copy(x.limbs().begin(), x.limbs().end(), out.begin());
  if (x.is_negative()) {
    Wide carry = 1;
    for (size_t i = 0; i < n; ++i) {
      Wide t = static_cast<Wide>(static_cast<Limb>(~out[i])) + carry;
      out[i] = static_cast<Limb>(t);
      carry = t >> kBits;
    }
  }
  return out;
}

BigInt from_twos_complement(Limbs r) {
  bool negative = !r.empty() && (r.back() >> (kBits - 1)) != 0;
  if (negative) {
    Wide carry = 1;
    for (Limb& limb : r) {
      Wide t = static_cast<Wide>(static_cast<Limb>(~limb)) + carry;
      limb = static_cast<Limb>(t);
      carry = t >> kBits;
    }
  }
  return make(negative, std::move(r));
}

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.limbs().size(), b.limbs().size()) + 1;
  Limbs x = twos_complement(a, n);
  Limbs y = twos_complement(b, n);
  for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  return from_twos_complement(std::move(x));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Construction and queries

const char* bigint_error_message(BigIntError error) {
  switch (error) {
    case BigIntError::kNone: return "";
    case BigIntError::kInvalidLiteral: return "invalid literal for int()";
    case BigIntError::kZeroDivision: return "integer division or modulo by zero";
    case BigIntError::kTooLarge: return "integer result too large";
    case BigIntError::kOverflow: return "int too large to convert to float";
    case BigIntError::kNegativeShift: return "negative shift count";
    case BigIntError::kZeroModulus: return "pow() 3rd argument cannot be 0";
    case BigIntError::kNotInvertible: return "base is not invertible for the given modulus";
    case BigIntError::kNegativeArgument: return "isqrt() argument must be nonnegative";
  }
  return "";
}

void BigInt::normalize() {
  trim(limbs_);
  if (limbs_.empty()) negative_ = false;
}

uint64_t BigInt::max_bits() { return g_max_bits; }
void BigInt::set_max_bits(uint64_t bits) { g_max_bits = bits; }

BigInt BigInt::from_uint64(uint64_t value) { return make(false, limbs_of(value)); }

BigInt BigInt::from_int64(int64_t value) {
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  return make(value < 0, limbs_of(magnitude));
}

BigInt BigInt::from_limbs(bool negative, std::vector<Limb> limbs) { return make(negative, std::move(limbs)); }

BigInt BigInt::from_double(double value) {
  double t = std::trunc(value);
  if (std::fabs(t) < 9223372036854775808.0) return from_int64(static_cast<int64_t>(t));
  int exponent;
  double fraction = std::frexp(std::fabs(t), &exponent);  // |t| = fraction * 2^exponent, exponent > 63
  uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  return make(t < 0, shift_left_mag(limbs_of(mantissa), static_cast<uint64_t>(exponent - 53)));
}

bool BigInt::fits_int64() const {
  if (limbs_.size() > 2) return false;
  uint64_t magnitude = low_uint64(limbs_);
  return negative_ ? magnitude <= (uint64_t{1} << 63) : magnitude < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  uint64_t magnitude = low_uint64(limbs_);
  return negative_ ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

uint64_t BigInt::bit_length() const { return bit_length_of(limbs_.data(), limbs_.size()); }

double BigInt::to_double(bool& overflow) const {
  overflow = false;
  uint64_t bits = bit_length();
  double result;
  if (bits > 1024) {  // at least 2^1024
    overflow = true;
    return negative_ ? -HUGE_VAL : HUGE_VAL;
  }
  if (bits <= 64) {
    result = static_cast<double>(low_uint64(limbs_));  // the conversion rounds half-even
  } else {
    // The top 64 bits, with every lower bit folded into the last one as a sticky bit: the
    // rounding point is 11 bits further up, so half-even rounding of these 64 bits is exact.
    bool lost = false;
    uint64_t top = low_uint64(shift_right_mag(limbs_, bits - 64, &lost));
    if (lost) top |= 1;
    result = std::ldexp(static_cast<double>(top), static_cast<int>(bits - 64));
    if (std::isinf(result)) overflow = true;
  }
  return negative_ ? -result : result;
}

int64_t BigInt::hash() const {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t x = 0;
  for (size_t i = limbs_.size(); i-- > 0;) {
    // x * 2^32 mod (2^61 - 1) is a 61-bit rotation, since 2^61 == 1.
    x = ((x << kBits) & kModulus) | (x >> (61 - kBits));
    x += limbs_[i];
    if (x >= kModulus) x -= kModulus;
  }
  int64_t h = negative_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

BigInt BigInt::negated() const {
  BigInt r = *this;
  if (!r.limbs_.empty()) r.negative_ = !r.negative_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.negative_ = false;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Text

BigIntResult BigInt::parse(std::string_view text, int base) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  std::string_view s = text.substr(begin, end - begin);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (base != 0 && (base < 2 || base > 36)) return failure(BigIntError::kInvalidLiteral);
  bool had_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      had_prefix = true;
      s.remove_prefix(2);
    }
  }
  bool base_zero_decimal = base == 0;
  if (base == 0) base = 10;

  // Grammar: [prefix ['_']] digit (['_'] digit)*, every digit below the base.
  std::string digits;
  digits.reserve(s.size());
  size_t i = 0;
  if (had_prefix && i < s.size() && s[i] == '_') ++i;
  if (i == s.size()) return failure(BigIntError::kInvalidLiteral);
  while (i < s.size()) {
    char c = s[i++];
    if (digit_value(c) >= base) return failure(BigIntError::kInvalidLiteral);
    digits.push_back(c);
    if (i < s.size() && s[i] == '_') {
      ++i;
      if (i == s.size()) return failure(BigIntError::kInvalidLiteral);  // trailing underscore
    }
  }
  if (base_zero_decimal && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    return failure(BigIntError::kInvalidLiteral);  // int("010", 0): leading zeros are not allowed
  }

  Limbs mag;
  if ((base & (base - 1)) == 0) {
    // Power-of-two base: pack the bits directly, from the least significant digit.
    int bits_per_digit = std::countr_zero(static_cast<unsigned>(base));
    uint64_t total = static_cast<uint64_t>(digits.size()) * bits_per_digit;
    if (too_many_bits(total - bits_per_digit)) return failure(BigIntError::kTooLarge);
    mag.assign(static_cast<size_t>((total + kBits - 1) / kBits), 0);
    uint64_t position = 0;
    for (size_t i = digits.size(); i-- > 0;) {
      Wide d = static_cast<Wide>(digit_value(digits[i]));
      size_t limb = static_cast<size_t>(position / kBits);
      int offset = static_cast<int>(position % kBits);
      Wide shifted = d << offset;
      mag[limb] |= static_cast<Limb>(shifted);
      if ((shifted >> kBits) != 0) mag[limb + 1] |= static_cast<Limb>(shifted >> kBits);
      position += bits_per_digit;
    }
    trim(mag);
  } else {
    // Other bases: multiply-add in chunks of as many digits as fit a limb (9 for decimal).
    double bits_per_digit = std::log2(static_cast<double>(base));
    if (too_many_bits(static_cast<uint64_t>(static_cast<double>(digits.size() - 1) * bits_per_digit))) {
      return failure(BigIntError::kTooLarge);
    }
    int chunk_digits = 0;
    Wide chunk_scale = 1;
    while (chunk_scale * base <= 0xFFFFFFFFu) {
      chunk_scale *= base;
      ++chunk_digits;
    }
    mag.reserve(static_cast<size_t>(static_cast<double>(digits.size()) * bits_per_digit / kBits) + 2);
    size_t first = digits.size() % chunk_digits;
    if (first == 0) first = chunk_digits;
    size_t i = 0;
    while (i < digits.size()) {
      size_t len = i == 0 ? first : static_cast<size_t>(chunk_digits);
      Wide chunk = 0;
      Wide scale = 1;
      for (size_t k = 0; k < len; ++k) {
        chunk = chunk * base + static_cast<Wide>(digit_value(digits[i + k]));
        scale *= base;
      }
      i += len;
      Wide carry = chunk;
      for (Limb& limb : mag) {
        Wide t = static_cast<Wide>(limb) * scale + carry;
        limb = static_cast<Limb>(t);
        carry = t >> kBits;
      }
      if (carry != 0) mag.push_back(static_cast<Limb>(carry));
    }
    trim(mag);
  }
  return success(make(negative, std::move(mag)));
}

std::string BigInt::to_string() const {
  if (limbs_.empty()) return "0";
  // Convert to base 10^9 (CPython's method): fold in each limb from the top, multiplying the
  // decimal chunks by 2^32. O(n^2) but with one 64-bit division by a constant per step.
  std::vector<Limb> chunks;
  chunks.reserve(limbs_.size() * 32 / 29 + 2);
  for (size_t i = limbs_.size(); i-- > 0;) {
    Wide carry = limbs_[i];
    for (Limb& chunk : chunks) {
      Wide t = (static_cast<Wide>(chunk) << kBits) | carry;
      carry = t / kDecimalChunk;
      chunk = static_cast<Limb>(t - carry * kDecimalChunk);
    }
    while (carry != 0) {
      chunks.push_back(static_cast<Limb>(carry % kDecimalChunk));
      carry /= kDecimalChunk;
    }
  }
  std::string out;
  out.reserve(chunks.size() * kDecimalChunkDigits + 1);
  if (negative_) out.push_back('-');
  char buffer[16];
  int n = 0;
  for (Limb top = chunks.back(); top != 0; top /= 10) buffer[n++] = static_cast<char>('0' + top % 10);
  while (n > 0) out.push_back(buffer[--n]);
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    Limb c = chunks[i];
    for (int k = kDecimalChunkDigits - 1; k >= 0; --k) {
      buffer[k] = static_cast<char>('0' + c % 10);
      c /= 10;
    }
    out.append(buffer, kDecimalChunkDigits);
  }
  return out;
}

std::string BigInt::to_string(int base) const {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (base == 10) return to_string();
  if (limbs_.empty()) return "0";
  std::string reversed;
  if ((base & (base - 1)) == 0) {
    int bits_per_digit = std::countr_zero(static_cast<unsigned>(base));
    uint64_t total = bit_length();
    for (uint64_t position = 0; position < total; position += bits_per_digit) {
      size_t limb = static_cast<size_t>(position / kBits);
      int offset = static_cast<int>(position % kBits);
      Wide window = limbs_[limb];
      if (limb + 1 < limbs_.size()) window |= static_cast<Wide>(limbs_[limb + 1]) << kBits;
      reversed.push_back(kDigits[(window >> offset) & static_cast<Wide>(base - 1)]);
    }
  } else {
    int chunk_digits = 0;
    Wide chunk_scale = 1;
    while (chunk_scale * base <= 0xFFFFFFFFu) {
      chunk_scale *= base;
      ++chunk_digits;
    }
    Limbs work = limbs_;
    while (!work.empty()) {
      Limb rem = divmod_limb(work.data(), work.size(), static_cast<Limb>(chunk_scale), work.data());
      trim(work);
      for (int k = 0; k < chunk_digits && (rem != 0 || !work.empty()); ++k) {
        reversed.push_back(kDigits[rem % base]);
        rem /= base;
      }
    }
  }
  if (negative_) reversed.push_back('-');
  return std::string(reversed.rbegin(), reversed.rend());
}

std::string BigInt::to_python_base(int base) const {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  std::string digits = abs().to_string(base);
  std::string out = negative_ ? "-" : "";
  out += prefix;
  out += digits;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bytes

BigIntResult BigInt::from_bytes(const uint8_t* data, size_t size, bool little_endian, bool is_signed) {
  if (too_many_bits(static_cast<uint64_t>(size) * 8)) return failure(BigIntError::kTooLarge);
  Limbs mag((size + 3) / 4, 0);
  for (size_t i = 0; i < size; ++i) {
    uint8_t byte = little_endian ? data[i] : data[size - 1 - i];  // i counts from the least significant
    mag[i / 4] |= static_cast<Limb>(byte) << (8 * (i % 4));
  }
  bool negative = is_signed && size > 0 && ((little_endian ? data[size - 1] : data[0]) & 0x80) != 0;
  if (negative) {
    // value - 2^(8*size): sign-extend to whole limbs, then read it as two's complement.
    size_t used = size % 4;
    if (used != 0) mag.back() |= ~Limb{0} << (8 * used);
    return success(from_twos_complement(std::move(mag)));
  }
  return success(make(false, std::move(mag)));
}

BigIntError BigInt::to_bytes(size_t size, bool little_endian, bool is_signed, std::vector<uint8_t>& out) const {
  if (negative_ && !is_signed) return BigIntError::kNegativeArgument;
  uint64_t available = static_cast<uint64_t>(size) * 8;
  uint64_t needed;
  if (!negative_) {
    needed = bit_length() + (is_signed ? 1 : 0);
    if (limbs_.empty()) needed = 0;
  } else {
    // -2^(k-1) is the most negative k-bit value: the bits of |x| - 1, plus the sign bit.
    BigInt less = sub(abs(), from_int64(1));
    needed = less.bit_length() + 1;
  }
  // CPython lets -1 fit in zero bytes when signed: (-1).to_bytes(0, 'big', signed=True) == b''.
  bool minus_one = negative_ && limbs_.size() == 1 && limbs_[0] == 1;
  if (needed > available && !(minus_one && size == 0)) return BigIntError::kOverflow;
  Limbs twos = twos_complement(*this, (size + 3) / 4 + 1);
  out.assign(size, 0);
  for (size_t i = 0; i < size; ++i) {
    uint8_t byte = static_cast<uint8_t>(twos[i / 4] >> (8 * (i % 4)));
    out[little_endian ? i : size - 1 - i] = byte;
  }
  return BigIntError::kNone;
}

// ---------------------------------------------------------------------------------------------
// Comparison and arithmetic

int compare(const BigInt& a, const BigInt& b) {
  if (a.is_negative() != b.is_negative()) return a.is_negative() ? -1 : 1;
  int c = compare_mag(a.limbs(), b.limbs());
  return a.is_negative() ? -c : c;
}

int compare(const BigInt& a, double b) {
  if (a.sign() != (b > 0) - (b < 0)) return a.sign() < ((b > 0) - (b < 0)) ? -1 : 1;
  double whole = std::trunc(b);
  BigInt w = BigInt::from_double(whole);
  int c = compare_mag(a.limbs(), w.limbs());
  if (c == 0 && whole != b) c = -1;  // |a| == trunc(|b|) < |b|
  return a.is_negative() ? -c : c;
}

BigInt add(const BigInt& a, const BigInt& b) {
  const Limbs& x = a.limbs();
  const Limbs& y = b.limbs();
  if (a.is_negative() == b.is_negative()) return make(a.is_negative(), add_mag(x.data(), x.size(), y.data(), y.size()));
  int c = compare_mag(x, y);
  if (c == 0) return BigInt();
  if (c > 0) return make(a.is_negative(), sub_mag(x.data(), x.size(), y.data(), y.size()));
  return make(b.is_negative(), sub_mag(y.data(), y.size(), x.data(), x.size()));
}

BigInt sub(const BigInt& a, const BigInt& b) { return add(a, b.negated()); }

BigIntResult mul(const BigInt& a, const BigInt& b) {
  if (a.is_zero() || b.is_zero()) return success(BigInt());
  // The product has bit_length(a) + bit_length(b) or one fewer bits.
  if (too_many_bits(a.bit_length() + b.bit_length() - 1)) return failure(BigIntError::kTooLarge);
  return success(make(a.is_negative() != b.is_negative(), mul_mag(a.limbs(), b.limbs())));
}

BigIntError divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  if (b.is_zero()) return BigIntError::kZeroDivision;
  Limbs q;
  Limbs r;
  divmod_mag(a.limbs(), b.limbs(), &q, &r);
  // Truncated division gives q, r with r having a's sign; floor them when the signs differ.
  bool negative_quotient = a.is_negative() != b.is_negative();
  BigInt qv = make(negative_quotient, std::move(q));
  BigInt rv = make(a.is_negative(), std::move(r));
  if (negative_quotient && !rv.is_zero()) {
    qv = sub(qv, BigInt::from_int64(1));
    rv = add(rv, b);
  }
  if (quotient != nullptr) *quotient = std::move(qv);
  if (remainder != nullptr) *remainder = std::move(rv);
  return BigIntError::kNone;
}

BigIntResult floordiv(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigIntError e = divmod(a, b, &q, nullptr);
  if (e != BigIntError::kNone) return failure(e);
  return success(std::move(q));
}

BigIntResult mod(const BigInt& a, const BigInt& b) {
  BigInt r;
  BigIntError e = divmod(a, b, nullptr, &r);
  if (e != BigIntError::kNone) return failure(e);
  return success(std::move(r));
}

DoubleResult true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return DoubleResult{0.0, BigIntError::kZeroDivision};
  bool negative = a.is_negative() != b.is_negative();
  double sign = negative ? -1.0 : 1.0;
  uint64_t a_bits = a.bit_length();
  uint64_t b_bits = b.bit_length();
  if (a_bits <= 53 && b_bits <= 53) {
    // Both are exact doubles, and IEEE division rounds correctly.
    double x = static_cast<double>(low_uint64(a.limbs()));
    double y = static_cast<double>(low_uint64(b.limbs()));
    return DoubleResult{sign * (x / y), BigIntError::kNone};
  }
  // CPython's method: scale a by 2^-shift so the integer quotient q has at least 55 bits (two
  // more than a double keeps, or enough for the subnormal range), then round q half-even using
  // the remainder and any bits lost in scaling as a sticky bit. |a/b| is in [2^(diff-1), 2^(diff+1)).
  if (a.is_zero()) return DoubleResult{sign * 0.0, BigIntError::kNone};  // 0 / -big == -0.0
  int64_t diff = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (diff > 1024) return DoubleResult{0.0, BigIntError::kOverflow};
  if (diff < -1075) return DoubleResult{sign * 0.0, BigIntError::kNone};  // below half the smallest subnormal
  int64_t shift = std::max<int64_t>(diff, -1021) - 55;
  bool inexact = false;
  Limbs x = shift < 0 ? shift_left_mag(a.limbs(), static_cast<uint64_t>(-shift))
                      : shift_right_mag(a.limbs(), static_cast<uint64_t>(shift), &inexact);
  Limbs q;
  Limbs r;
  divmod_mag(x, b.limbs(), &q, &r);
  if (!r.empty()) inexact = true;
  uint64_t qv = low_uint64(q);  // below 2^57 by the choice of shift
  int64_t q_bits = std::bit_width(qv);
  // The exponent of the result's unit in the last place: 53 significant bits, or the
  // subnormal quantum 2^-1074.
  int64_t ulp_exponent = std::max<int64_t>(q_bits + shift - 53, -1074);
  int64_t drop = ulp_exponent - shift;  // 2..4 low bits of q fall below the last place
  uint64_t kept = qv >> drop;
  uint64_t rest = qv & ((uint64_t{1} << drop) - 1);
  uint64_t half = uint64_t{1} << (drop - 1);
  if (rest > half || (rest == half && (inexact || (kept & 1) != 0))) ++kept;
  double result = std::ldexp(static_cast<double>(kept), static_cast<int>(ulp_exponent));
  if (std::isinf(result)) return DoubleResult{0.0, BigIntError::kOverflow};
  return DoubleResult{sign * result, BigIntError::kNone};
}

BigIntResult pow(const BigInt& base, const BigInt& exponent) {
  if (exponent.is_negative()) return failure(BigIntError::kNegativeArgument);
  if (exponent.is_zero()) return success(BigInt::from_int64(1));
  if (base.is_zero()) return success(BigInt());
  const Limbs& mag = base.limbs();
  if (mag.size() == 1 && mag[0] == 1) {
    return success(BigInt::from_int64(base.is_negative() && exponent.is_odd() ? -1 : 1));
  }
  // |base| >= 2, so the result has more than (bit_length(base) - 1) * exponent bits.
  if (exponent.limbs().size() > 2) return failure(BigIntError::kTooLarge);
  uint64_t e = low_uint64(exponent.limbs());
  uint64_t base_bits = base.bit_length();
  if (e > g_max_bits || (base_bits - 1) > g_max_bits / e) return failure(BigIntError::kTooLarge);
  bool negative = base.is_negative() && (e & 1) != 0;
  // A power of two is a shift.
  if (std::has_single_bit(mag.back()) && std::all_of(mag.begin(), mag.end() - 1, [](Limb l) { return l == 0; })) {
    uint64_t bits = (base_bits - 1) * e;
    if (too_many_bits(bits + 1)) return failure(BigIntError::kTooLarge);
    return success(make(negative, shift_left_mag(Limbs{1}, bits)));
  }
  // Left-to-right square and multiply.
  Limbs result = mag;
  for (int bit = std::bit_width(e) - 2; bit >= 0; --bit) {
    if (too_many_bits(2 * bit_length_of(result.data(), result.size()) - 1)) return failure(BigIntError::kTooLarge);
    result = mul_mag(result, result);
    if (((e >> bit) & 1) != 0) {
      if (too_many_bits(bit_length_of(result.data(), result.size()) + base_bits - 1)) {
        return failure(BigIntError::kTooLarge);
      }
      result = mul_mag(result, mag);
    }
  }
  return success(make(negative, std::move(result)));
}

namespace {

// The inverse of a modulo m (m > 0, 0 <= a < m) by the extended Euclidean algorithm.
bool mod_inverse(const BigInt& a, const BigInt& m, BigInt* inverse) {
  BigInt old_r = a;
  BigInt r = m;
  BigInt old_s = BigInt::from_int64(1);
  BigInt s;
  while (!r.is_zero()) {
    BigInt q;
    BigInt rem;
    (void)divmod(old_r, r, &q, &rem);  // r != 0
    old_r = std::move(r);
    r = std::move(rem);
    BigIntResult qs = mul(q, s);  // |q*s| <= m: within the limit when m is
    BigInt next_s = sub(old_s, qs.value);
    old_s = std::move(s);
    s = std::move(next_s);
  }
  if (!(old_r.limbs().size() == 1 && old_r.limbs()[0] == 1) && !(m.limbs().size() == 1 && m.limbs()[0] == 1)) {
    return false;
  }
  BigInt reduced;
  (void)divmod(old_s, m, nullptr, &reduced);
  *inverse = std::move(reduced);
  return true;
}

}  // namespace

BigIntResult pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  if (modulus.is_zero()) return failure(BigIntError::kZeroModulus);
  BigInt m = modulus.abs();
  BigInt b;
  (void)divmod(base, m, nullptr, &b);  // 0 <= b < m
  BigInt e = exponent;
  if (e.is_negative()) {
    BigInt inverse;
    if (!mod_inverse(b, m, &inverse)) return failure(BigIntError::kNotInvertible);
    b = std::move(inverse);
    e = e.negated();
  }
  if (m.limbs().size() == 1 && m.limbs()[0] == 1) return success(BigInt());
  Limbs result{1};
  const Limbs& e_limbs = e.limbs();
  uint64_t e_bits = e.bit_length();
  for (uint64_t bit = e_bits; bit-- > 0;) {
    result = mul_mag(result, result);
    divmod_mag(result, m.limbs(), nullptr, &result);
    if (((e_limbs[bit / kBits] >> (bit % kBits)) & 1) != 0) {
      result = mul_mag(result, b.limbs());
      divmod_mag(result, m.limbs(), nullptr, &result);
    }
  }
  BigInt value = make(false, std::move(result));
  if (modulus.is_negative() && !value.is_zero()) value = sub(value, m);
  return success(std::move(value));
}

BigInt bit_and(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt bit_or(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt bit_xor(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt bit_invert(const BigInt& a) { return sub(a.negated(), BigInt::from_int64(1)); }

BigIntResult shift_left(const BigInt& a, int64_t count) {
  if (count < 0) return failure(BigIntError::kNegativeShift);
  if (a.is_zero()) return success(BigInt());
  uint64_t c = static_cast<uint64_t>(count);
  if (c > g_max_bits || too_many_bits(a.bit_length() + c)) return failure(BigIntError::kTooLarge);
  return success(make(a.is_negative(), shift_left_mag(a.limbs(), c)));
}

BigIntResult shift_right(const BigInt& a, int64_t count) {
  if (count < 0) return failure(BigIntError::kNegativeShift);
  bool lost = false;
  Limbs q = shift_right_mag(a.limbs(), static_cast<uint64_t>(count), &lost);
  BigInt result = make(a.is_negative(), std::move(q));
  // Floor for negatives: -5 >> 1 == -3.
  if (a.is_negative() && lost) result = sub(result, BigInt::from_int64(1));
  return success(std::move(result));
}

BigIntResult shift_left(const BigInt& a, const BigInt& count) {
  if (count.is_negative()) return failure(BigIntError::kNegativeShift);
  if (a.is_zero()) return success(BigInt());
  if (!count.fits_int64()) return failure(BigIntError::kTooLarge);
  return shift_left(a, count.to_int64());
}

BigIntResult shift_right(const BigInt& a, const BigInt& count) {
  if (count.is_negative()) return failure(BigIntError::kNegativeShift);
  if (!count.fits_int64()) return success(BigInt::from_int64(a.is_negative() ? -1 : 0));
  return shift_right(a, count.to_int64());
}

BigInt gcd(const BigInt& a, const BigInt& b) {
  Limbs x = a.limbs();
  Limbs y = b.limbs();
  while (!y.empty()) {
    if (x.size() <= 2 && y.size() <= 2) {
      // Finish with machine words.
      uint64_t u = low_uint64(x);
      uint64_t v = low_uint64(y);
      while (v != 0) {
        uint64_t t = u % v;
        u = v;
        v = t;
      }
      return BigInt::from_uint64(u);
    }
    Limbs r;
    divmod_mag(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return make(false, std::move(x));
}

BigIntResult isqrt(const BigInt& a) {
  if (a.is_negative()) return failure(BigIntError::kNegativeArgument);
  if (a.is_zero()) return success(BigInt());
  // Newton's iteration from above: x0 = 2^ceil(bits/2) >= sqrt(a); x_{k+1} = (x_k + a/x_k) / 2
  // decreases until it reaches floor(sqrt(a)).
  const Limbs& n = a.limbs();
  Limbs x = shift_left_mag(Limbs{1}, (a.bit_length() + 1) / 2);
  while (true) {
    Limbs q;
    divmod_mag(n, x, &q, nullptr);
    Limbs sum = add_mag(x.data(), x.size(), q.data(), q.size());
    Limbs y = shift_right_mag(sum, 1, nullptr);
    if (compare_mag(y, x) >= 0) break;
    x = std::move(y);
  }
  return success(make(false, std::move(x)));
}

// Test hook: lets the benchmark in bigint_test.cpp measure the Karatsuba crossover.
void bigint_set_karatsuba_threshold_for_testing(size_t limbs) { g_karatsuba_threshold = limbs < 2 ? 2 : limbs; }

}  // namespace saessak
