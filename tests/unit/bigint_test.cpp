// Unit tests for src/objects/bigint: CPython 3.11's results (tests/unit/bigint_vectors.inc,
// written by generate_bigint_vectors.py) plus identities that must hold for any values.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bigint.h"

namespace saessak {
namespace {

#include "bigint_vectors.inc"

BigInt num(const char* text) {
  BigIntResult r = BigInt::parse(text, 10);
  EXPECT_TRUE(r.ok()) << text;
  return r.value;
}

BigInt ok(BigIntResult r) {
  EXPECT_TRUE(r.ok()) << bigint_error_message(r.error);
  return r.value;
}

std::string hex_of(const std::vector<uint8_t>& bytes) {
  std::string out;
  char buffer[3];
  for (uint8_t b : bytes) {
    std::snprintf(buffer, sizeof buffer, "%02x", b);
    out += buffer;
  }
  return out;
}

std::vector<uint8_t> bytes_of(const char* hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; hex[i] != 0; i += 2) {
    unsigned v;
    std::sscanf(hex + i, "%2x", &v);
    out.push_back(static_cast<uint8_t>(v));
  }
  return out;
}

// Bit-exact comparison of doubles, so -0.0 differs from 0.0.
void expect_same_double(double expected, double actual, const std::string& where) {
  EXPECT_TRUE(std::memcmp(&expected, &actual, sizeof(double)) == 0)
      << where << ": expected " << std::hexfloat << expected << " got " << actual;
}

TEST(BigInt, ZeroIsNormalized) {
  BigInt zero;
  EXPECT_TRUE(zero.is_zero());
  EXPECT_FALSE(zero.is_negative());
  EXPECT_EQ(zero, BigInt::from_int64(0));
  EXPECT_EQ(zero, num("-0"));
  EXPECT_EQ(zero, BigInt::from_double(-0.5));
  EXPECT_EQ(zero.negated(), zero);
  EXPECT_EQ(sub(num("123456789012345678901234567890"), num("123456789012345678901234567890")), zero);
  EXPECT_EQ(zero.to_string(), "0");
  EXPECT_EQ(zero.to_python_base(16), "0x0");
  EXPECT_EQ(BigInt::from_limbs(true, {0, 0, 0}), zero);
}

TEST(BigInt, Int64RoundTrip) {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, INT64_MAX, INT64_MIN, int64_t{1} << 32,
                    -(int64_t{1} << 47), int64_t{4294967295}}) {
    BigInt b = BigInt::from_int64(v);
    ASSERT_TRUE(b.fits_int64());
    EXPECT_EQ(b.to_int64(), v);
    EXPECT_EQ(b.to_string(), std::to_string(v));
  }
  EXPECT_FALSE(add(BigInt::from_int64(INT64_MAX), BigInt::from_int64(1)).fits_int64());
  EXPECT_FALSE(sub(BigInt::from_int64(INT64_MIN), BigInt::from_int64(1)).fits_int64());
  EXPECT_EQ(BigInt::from_uint64(UINT64_MAX).to_string(), "18446744073709551615");
}

TEST(BigInt, FromDoubleTruncates) {
  EXPECT_EQ(BigInt::from_double(3.9).to_string(), "3");
  EXPECT_EQ(BigInt::from_double(-3.9).to_string(), "-3");
  EXPECT_EQ(BigInt::from_double(1e20).to_string(), "100000000000000000000");
  EXPECT_EQ(BigInt::from_double(-0x1p63).to_string(), "-9223372036854775808");
  EXPECT_EQ(BigInt::from_double(0x1p64).to_string(), "18446744073709551616");
  BigInt max_double = sub(ok(shift_left(num("1"), 1024)), ok(shift_left(num("1"), 971)));
  EXPECT_EQ(BigInt::from_double(1.7976931348623157e308), max_double);
  bool overflow = true;
  for (double d : {0.0, 1.0, -2.5e15, 1e300, -0x1.fffffffffffffp1023, 123456789.0}) {
    double back = BigInt::from_double(d).to_double(overflow);
    EXPECT_FALSE(overflow);
    EXPECT_EQ(back, std::trunc(d));
  }
}

TEST(BigInt, UnaryVectorsMatchCPython) {
  for (const UnaryVector& v : kUnaryVectors) {
    SCOPED_TRACE(v.value);
    BigInt x = num(v.value);
    EXPECT_EQ(x.to_string(), v.value);
    EXPECT_EQ(x.to_python_base(16), v.hex);
    EXPECT_EQ(x.to_python_base(8), v.oct);
    EXPECT_EQ(x.to_python_base(2), v.bin);
    EXPECT_EQ(x.to_string(36), v.base36);
    EXPECT_EQ(x.to_string(7), v.base7);
    EXPECT_EQ(x.hash(), v.hash);
    EXPECT_EQ(x.bit_length(), v.bit_length);
    bool overflow = false;
    double d = x.to_double(overflow);
    EXPECT_EQ(overflow, v.double_overflow);
    if (!v.double_overflow) expect_same_double(v.as_double, d, "to_double");
    EXPECT_EQ(x.fits_int64(), v.fits_int64);
    EXPECT_EQ(bit_invert(x).to_string(), v.invert);
    if (v.isqrt != nullptr) {
      EXPECT_EQ(ok(isqrt(x)).to_string(), v.isqrt);
    } else {
      EXPECT_EQ(isqrt(x).error, BigIntError::kNegativeArgument);
    }
    // Round trips through every base and through bytes.
    for (int base : {2, 3, 8, 10, 16, 36}) {
      BigIntResult back = BigInt::parse(x.to_string(base), base);
      ASSERT_TRUE(back.ok());
      EXPECT_EQ(back.value, x) << "base " << base;
    }
    std::vector<uint8_t> bytes;
    size_t size = static_cast<size_t>(x.bit_length() / 8 + 1);
    ASSERT_EQ(x.to_bytes(size, true, true, bytes), BigIntError::kNone);
    EXPECT_EQ(ok(BigInt::from_bytes(bytes.data(), bytes.size(), true, true)), x);
    EXPECT_EQ(compare(x, x), 0);
    EXPECT_EQ(x.negated().negated(), x);
    EXPECT_EQ(add(x, x.negated()), BigInt());
  }
}

TEST(BigInt, BinaryVectorsMatchCPython) {
  for (const BinaryVector& v : kBinaryVectors) {
    SCOPED_TRACE(std::string(v.a) + " op " + v.b);
    BigInt a = num(v.a);
    BigInt b = num(v.b);
    EXPECT_EQ(add(a, b).to_string(), v.sum);
    EXPECT_EQ(sub(a, b).to_string(), v.difference);
    EXPECT_EQ(ok(mul(a, b)).to_string(), v.product);
    EXPECT_EQ(bit_and(a, b).to_string(), v.and_);
    EXPECT_EQ(bit_or(a, b).to_string(), v.or_);
    EXPECT_EQ(bit_xor(a, b).to_string(), v.xor_);
    EXPECT_EQ(compare(a, b), v.compare);
    EXPECT_EQ(a == b, v.compare == 0);
    EXPECT_EQ(a < b, v.compare < 0);
    if (v.quotient == nullptr) {
      BigInt q;
      BigInt r;
      EXPECT_EQ(divmod(a, b, &q, &r), BigIntError::kZeroDivision);
      EXPECT_EQ(floordiv(a, b).error, BigIntError::kZeroDivision);
      EXPECT_EQ(mod(a, b).error, BigIntError::kZeroDivision);
      EXPECT_EQ(true_divide(a, b).error, BigIntError::kZeroDivision);
      continue;
    }
    BigInt q;
    BigInt r;
    ASSERT_EQ(divmod(a, b, &q, &r), BigIntError::kNone);
    EXPECT_EQ(q.to_string(), v.quotient);
    EXPECT_EQ(r.to_string(), v.remainder);
    EXPECT_EQ(ok(floordiv(a, b)), q);
    EXPECT_EQ(ok(mod(a, b)), r);
    // q*b + r == a, and the remainder has the divisor's sign and a smaller magnitude.
    EXPECT_EQ(add(ok(mul(q, b)), r), a);
    if (!r.is_zero()) {
      EXPECT_EQ(r.is_negative(), b.is_negative());
    }
    EXPECT_LT(compare(r.abs(), b.abs()), 0);
    EXPECT_EQ(ok(floordiv(ok(mul(a, b)), b)), a);
    DoubleResult t = true_divide(a, b);
    if (v.true_overflow) {
      EXPECT_EQ(t.error, BigIntError::kOverflow);
    } else {
      ASSERT_TRUE(t.ok());
      expect_same_double(v.true_quotient, t.value, "true_divide");
    }
  }
}

TEST(BigInt, TrueDivisionIsCorrectlyRounded) {
  for (const DivisionVector& v : kDivisionVectors) {
    std::string where = std::string(v.a) + " / " + v.b;
    DoubleResult t = true_divide(num(v.a), num(v.b));
    if (v.overflow) {
      EXPECT_EQ(t.error, BigIntError::kOverflow) << where;
    } else {
      ASSERT_TRUE(t.ok()) << where;
      expect_same_double(v.quotient, t.value, where);
    }
  }
}

TEST(BigInt, ToDoubleRoundsHalfEven) {
  for (const FloatVector& v : kFloatVectors) {
    bool overflow = false;
    double d = num(v.value).to_double(overflow);
    EXPECT_EQ(overflow, v.overflow) << v.value;
    if (!v.overflow) expect_same_double(v.as_double, d, v.value);
  }
}

TEST(BigInt, ParseFollowsIntRules) {
  for (const ParseVector& v : kParseVectors) {
    BigIntResult r = BigInt::parse(v.text, v.base);
    if (v.value == nullptr) {
      EXPECT_EQ(r.error, BigIntError::kInvalidLiteral) << "'" << v.text << "' base " << v.base;
    } else {
      ASSERT_TRUE(r.ok()) << "'" << v.text << "' base " << v.base;
      EXPECT_EQ(r.value.to_string(), v.value) << "'" << v.text << "' base " << v.base;
    }
  }
  EXPECT_EQ(BigInt::parse("10", 1).error, BigIntError::kInvalidLiteral);
  EXPECT_EQ(BigInt::parse("10", 37).error, BigIntError::kInvalidLiteral);
}

TEST(BigInt, ShiftVectorsMatchCPython) {
  for (const ShiftVector& v : kShiftVectors) {
    BigInt x = num(v.value);
    EXPECT_EQ(ok(shift_left(x, v.count)).to_string(), v.left) << v.value << " << " << v.count;
    EXPECT_EQ(ok(shift_right(x, v.count)).to_string(), v.right) << v.value << " >> " << v.count;
  }
  EXPECT_EQ(shift_left(num("1"), -1).error, BigIntError::kNegativeShift);
  EXPECT_EQ(shift_right(num("1"), -1).error, BigIntError::kNegativeShift);
  BigInt huge = ok(pow(num("2"), num("100")));
  EXPECT_EQ(ok(shift_right(num("-5"), huge)).to_string(), "-1");
  EXPECT_EQ(ok(shift_right(num("5"), huge)).to_string(), "0");
  EXPECT_EQ(ok(shift_left(num("0"), huge)).to_string(), "0");
  EXPECT_EQ(shift_left(num("1"), huge).error, BigIntError::kTooLarge);
}

TEST(BigInt, PowMatchesCPython) {
  for (const PowVector& v : kPowVectors) {
    EXPECT_EQ(ok(pow(num(v.base), num(v.exponent))).to_string(), v.value) << v.base << " ** " << v.exponent;
  }
  for (const PowModVector& v : kPowModVectors) {
    std::string where = std::string("pow(") + v.base + ", " + v.exponent + ", " + v.modulus + ")";
    BigIntResult r = pow_mod(num(v.base), num(v.exponent), num(v.modulus));
    if (v.value == nullptr) {
      EXPECT_TRUE(r.error == BigIntError::kNotInvertible || r.error == BigIntError::kZeroModulus) << where;
    } else {
      ASSERT_TRUE(r.ok()) << where << ": " << bigint_error_message(r.error);
      EXPECT_EQ(r.value.to_string(), v.value) << where;
    }
  }
  EXPECT_EQ(pow_mod(num("5"), num("3"), num("0")).error, BigIntError::kZeroModulus);
  EXPECT_EQ(pow_mod(num("2"), num("-1"), num("4")).error, BigIntError::kNotInvertible);
}

TEST(BigInt, GcdMatchesCPython) {
  for (const GcdVector& v : kGcdVectors) {
    EXPECT_EQ(gcd(num(v.a), num(v.b)).to_string(), v.gcd) << v.a << ", " << v.b;
    EXPECT_EQ(gcd(num(v.b), num(v.a)).to_string(), v.gcd) << v.b << ", " << v.a;
  }
}

TEST(BigInt, BytesMatchCPython) {
  for (const BytesVector& v : kBytesVectors) {
    std::vector<uint8_t> bytes;
    BigIntError e = num(v.value).to_bytes(static_cast<size_t>(v.size), v.little, v.is_signed, bytes);
    std::string where = std::string(v.value) + " size " + std::to_string(v.size) + (v.little ? " little" : " big") +
                        (v.is_signed ? " signed" : " unsigned");
    if (v.hex == nullptr) {
      EXPECT_TRUE(e == BigIntError::kOverflow || e == BigIntError::kNegativeArgument) << where;
    } else {
      ASSERT_EQ(e, BigIntError::kNone) << where;
      EXPECT_EQ(hex_of(bytes), v.hex) << where;
    }
  }
  std::vector<uint8_t> bytes;
  EXPECT_EQ(num("-1").to_bytes(4, false, false, bytes), BigIntError::kNegativeArgument);
  for (const FromBytesVector& v : kFromBytesVectors) {
    std::vector<uint8_t> data = bytes_of(v.hex);
    BigInt x = ok(BigInt::from_bytes(data.data(), data.size(), v.little, v.is_signed));
    EXPECT_EQ(x.to_string(), v.value) << v.hex << (v.little ? " little" : " big") << (v.is_signed ? " signed" : "");
  }
}

TEST(BigInt, FamousNumbers) {
  BigInt f = BigInt::from_int64(1);
  for (int i = 2; i <= 100; ++i) f = ok(mul(f, BigInt::from_int64(i)));
  EXPECT_EQ(f.to_string(), kFactorial100);
  for (int i = 101; i <= 2000; ++i) f = ok(mul(f, BigInt::from_int64(i)));
  EXPECT_EQ(f.to_string(), kFactorial2000);
  // Dividing back out recovers 1 (exercises long division by one limb).
  for (int i = 2000; i >= 2; --i) f = ok(floordiv(f, BigInt::from_int64(i)));
  EXPECT_EQ(f.to_string(), "1");

  EXPECT_EQ(ok(pow(num("2"), num("1000"))).to_string(), kTwoPow1000);
  EXPECT_EQ(ok(shift_left(num("1"), 1000)).to_string(), kTwoPow1000);

  BigInt a;
  BigInt b = BigInt::from_int64(1);
  for (int i = 0; i < 1000; ++i) {
    BigInt next = add(a, b);
    a = std::move(b);
    b = std::move(next);
  }
  EXPECT_EQ(a.to_string(), kFibonacci1000);

  BigInt big = ok(pow(num("2"), num("100000")));
  std::string text = big.to_string();
  EXPECT_EQ(text.size(), kTwoPow100000Digits);
  EXPECT_EQ(text.substr(0, 50), kTwoPow100000Head);
  EXPECT_EQ(text.substr(text.size() - 50), kTwoPow100000Tail);
  EXPECT_EQ(big.hash(), kTwoPow100000Hash);
  EXPECT_EQ(ok(BigInt::parse(text, 10)), big);
}

TEST(BigInt, NegativeFloorDivisionAndModulo) {
  struct Case {
    int64_t a, b, q, r;
  } cases[] = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {-6, 3, -2, 0}, {6, -3, -2, 0}};
  for (const Case& c : cases) {
    BigInt q;
    BigInt r;
    ASSERT_EQ(divmod(BigInt::from_int64(c.a), BigInt::from_int64(c.b), &q, &r), BigIntError::kNone);
    EXPECT_EQ(q.to_int64(), c.q) << c.a << " // " << c.b;
    EXPECT_EQ(r.to_int64(), c.r) << c.a << " % " << c.b;
  }
  BigInt big = num("-100000000000000000000000000000001");
  EXPECT_EQ(ok(mod(big, num("10"))).to_string(), "9");
  EXPECT_EQ(ok(floordiv(big, num("10"))).to_string(), "-10000000000000000000000000000001");
  EXPECT_EQ(ok(mod(num("5"), big)).to_string(), "-99999999999999999999999999999996");
}

TEST(BigInt, BitwiseOnNegatives) {
  EXPECT_EQ(bit_and(num("-1"), num("18446744073709551616")).to_string(), "18446744073709551616");
  EXPECT_EQ(bit_and(num("-18446744073709551616"), num("-1")).to_string(), "-18446744073709551616");
  EXPECT_EQ(bit_or(num("-4294967296"), num("4294967295")).to_string(), "-1");
  EXPECT_EQ(bit_xor(num("-1"), num("-1")).to_string(), "0");
  EXPECT_EQ(bit_invert(num("0")).to_string(), "-1");
  EXPECT_EQ(bit_invert(num("-18446744073709551616")).to_string(), "18446744073709551615");
  EXPECT_EQ(ok(shift_right(num("-18446744073709551617"), 64)).to_string(), "-2");
  EXPECT_EQ(ok(shift_right(num("-18446744073709551616"), 64)).to_string(), "-1");
}

TEST(BigInt, Hash) {
  EXPECT_EQ(num("2305843009213693951").hash(), 0);  // 2^61 - 1
  EXPECT_EQ(num("2305843009213693952").hash(), 1);
  EXPECT_EQ(num("-1").hash(), -2);
  EXPECT_EQ(num("-2305843009213693953").hash(), -2);  // -(2^61 + 1) hashes like -1
  EXPECT_EQ(num("0").hash(), 0);
}

TEST(BigInt, CompareWithDouble) {
  EXPECT_EQ(compare(num("0"), -0.0), 0);
  EXPECT_EQ(compare(num("1"), 1.5), -1);
  EXPECT_EQ(compare(num("2"), 1.5), 1);
  EXPECT_EQ(compare(num("-1"), -1.5), 1);
  EXPECT_EQ(compare(num("-2"), -1.5), -1);
  EXPECT_EQ(compare(num("9007199254740993"), 9007199254740992.0), 1);  // 2^53 + 1 > float(2^53)
  EXPECT_EQ(compare(num("9007199254740992"), 9007199254740992.0), 0);
  EXPECT_EQ(compare(num("-5"), 3.0), -1);
  EXPECT_EQ(compare(num("5"), -3.0), 1);
  EXPECT_EQ(compare(ok(pow(num("10"), num("400"))), 1e308), 1);
}

TEST(BigInt, SizeGuardFailsInsteadOfCrashing) {
  uint64_t saved = BigInt::max_bits();
  EXPECT_EQ(pow(num("2"), num("1000000000000")).error, BigIntError::kTooLarge);
  EXPECT_EQ(pow(num("3"), num("100000000000000000000000")).error, BigIntError::kTooLarge);
  EXPECT_EQ(shift_left(num("1"), int64_t{1} << 40).error, BigIntError::kTooLarge);
  EXPECT_TRUE(pow(num("-1"), num("100000000000000000000000")).ok());
  BigInt::set_max_bits(10'000);
  EXPECT_EQ(pow(num("10"), num("5000")).error, BigIntError::kTooLarge);
  BigInt near = ok(pow(num("2"), num("6000")));
  EXPECT_EQ(mul(near, near).error, BigIntError::kTooLarge);
  EXPECT_EQ(shift_left(near, 5000).error, BigIntError::kTooLarge);
  EXPECT_EQ(BigInt::parse(std::string(4000, '9'), 10).error, BigIntError::kTooLarge);
  EXPECT_EQ(BigInt::parse(std::string(4000, 'f'), 16).error, BigIntError::kTooLarge);
  BigInt::set_max_bits(saved);
}

TEST(BigInt, KaratsubaAgreesWithSchoolbook) {
  // Multiply with the threshold forced low and high; the products must agree.
  BigInt a = ok(BigInt::parse(std::string(3000, '7'), 10));
  BigInt b = sub(ok(pow(num("3"), num("4000"))), num("1"));
  BigInt c = ok(BigInt::parse(std::string(700, '9'), 10));
  bigint_set_karatsuba_threshold_for_testing(1'000'000);
  BigInt ab = ok(mul(a, b));
  BigInt ac = ok(mul(a, c));
  BigInt bb = ok(mul(b, b));
  bigint_set_karatsuba_threshold_for_testing(2);
  EXPECT_EQ(ok(mul(a, b)), ab);
  EXPECT_EQ(ok(mul(a, c)), ac);
  EXPECT_EQ(ok(mul(b, b)), bb);
  bigint_set_karatsuba_threshold_for_testing(BigInt::kKaratsubaThreshold);
  EXPECT_EQ(ok(mul(a, b)), ab);
}

TEST(BigInt, IsqrtIsFloorOfSquareRoot) {
  BigInt n = ok(pow(num("7"), num("777")));
  for (int k = 0; k < 5; ++k) {
    BigInt r = ok(isqrt(n));
    BigInt next = add(r, num("1"));
    EXPECT_LE(compare(ok(mul(r, r)), n), 0);
    EXPECT_GT(compare(ok(mul(next, next)), n), 0);
    n = add(n, ok(mul(n, num("12345"))));
  }
  EXPECT_EQ(ok(isqrt(num("0"))).to_string(), "0");
  EXPECT_EQ(ok(isqrt(num("99"))).to_string(), "9");
  EXPECT_EQ(ok(isqrt(num("100"))).to_string(), "10");
}

// Random operands biased to the limbs that trip up long division (0, 1, 0x80000000,
// 0xFFFFFFFF): the quotient and remainder are checked by the identity that defines them.
TEST(BigInt, DivisionFuzzIdentities) {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  auto random_big = [&](size_t max_limbs) {
    std::vector<BigInt::Limb> limbs(1 + next() % max_limbs);
    for (auto& limb : limbs) {
      switch (next() % 6) {
        case 0: limb = 0; break;
        case 1: limb = 0xFFFFFFFFu; break;
        case 2: limb = 0x80000000u; break;
        case 3: limb = 1; break;
        default: limb = static_cast<BigInt::Limb>(next()); break;
      }
    }
    return BigInt::from_limbs(next() % 2 == 0, std::move(limbs));
  };
  // Knuth's "add back" cases from Hacker's Delight's divmnu tests.
  std::vector<std::pair<BigInt, BigInt>> cases = {
      {BigInt::from_limbs(false, {3, 0, 0x80000000u}), BigInt::from_limbs(false, {1, 0, 0x20000000u})},
      {BigInt::from_limbs(false, {0, 0, 0x8000u, 0x7FFFu}), BigInt::from_limbs(false, {1, 0, 0x8000u})},
      {BigInt::from_limbs(false, {0, 0xFFFE0000u, 0, 0x7FFFu}), BigInt::from_limbs(false, {0xFFFFu, 0x8000u})},
  };
  for (int i = 0; i < 3000; ++i) cases.emplace_back(random_big(12), random_big(i % 3 == 0 ? 2 : 8));
  for (const auto& [a, b] : cases) {
    if (b.is_zero()) continue;
    BigInt q;
    BigInt r;
    ASSERT_EQ(divmod(a, b, &q, &r), BigIntError::kNone);
    ASSERT_EQ(add(ok(mul(q, b)), r), a) << a.to_string() << " / " << b.to_string();
    if (!r.is_zero()) {
      ASSERT_EQ(r.is_negative(), b.is_negative());
    }
    ASSERT_LT(compare(r.abs(), b.abs()), 0);
  }
  // Karatsuba against an identity: (x + y)^2 == x^2 + 2xy + y^2.
  for (int i = 0; i < 20; ++i) {
    BigInt x = random_big(400);
    BigInt y = random_big(150);
    BigInt s = add(x, y);
    BigInt lhs = ok(mul(s, s));
    BigInt rhs = add(add(ok(mul(x, x)), ok(mul(BigInt::from_int64(2), ok(mul(x, y))))), ok(mul(y, y)));
    ASSERT_EQ(lhs, rhs);
  }
}

// Prints the timings quoted in the report; checks nothing but the results.
TEST(BigInt, Benchmark) {
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  };
  auto start = Clock::now();
  BigInt big = ok(pow(num("2"), num("100000")));
  std::string text = big.to_string();
  std::printf("[bench] str(2**100000) (%zu digits): %.2f ms\n", text.size(), ms(start));
  start = Clock::now();
  BigInt back = ok(BigInt::parse(text, 10));
  std::printf("[bench] int(str(2**100000)): %.2f ms\n", ms(start));
  EXPECT_EQ(back, big);

  start = Clock::now();
  BigInt f = BigInt::from_int64(1);
  for (int i = 2; i <= 2000; ++i) f = ok(mul(f, BigInt::from_int64(i)));
  std::printf("[bench] factorial(2000) by repeated mul: %.2f ms\n", ms(start));
  EXPECT_EQ(f.to_string(), kFactorial2000);

  BigInt a = ok(BigInt::parse(std::string(1000, '7'), 10));
  BigInt b = ok(BigInt::parse(std::string(1000, '3'), 10));
  start = Clock::now();
  constexpr int kReps = 1000;
  BigInt p;
  for (int i = 0; i < kReps; ++i) p = ok(mul(a, b));
  std::printf("[bench] 1000-digit x 1000-digit multiply: %.2f us\n", ms(start) * 1000.0 / kReps);

  // Karatsuba crossover: time products of n-limb operands with both methods.
  for (size_t limbs : {16, 24, 32, 40, 48, 64, 96, 128}) {
    BigInt x = sub(ok(shift_left(num("1"), static_cast<int64_t>(limbs) * 32)), num("12345"));
    BigInt y = sub(ok(shift_left(num("1"), static_cast<int64_t>(limbs) * 32)), num("67891"));
    int reps = 200000 / static_cast<int>(limbs);
    bigint_set_karatsuba_threshold_for_testing(1'000'000);
    start = Clock::now();
    for (int i = 0; i < reps; ++i) p = ok(mul(x, y));
    double school = ms(start);
    bigint_set_karatsuba_threshold_for_testing(limbs / 2 + 2);  // exactly one level
    start = Clock::now();
    for (int i = 0; i < reps; ++i) p = ok(mul(x, y));
    double karatsuba = ms(start);
    std::printf("[bench] %3zu limbs: schoolbook %.3f us, one Karatsuba level %.3f us\n", limbs,
                school * 1000.0 / reps, karatsuba * 1000.0 / reps);
  }
  bigint_set_karatsuba_threshold_for_testing(BigInt::kKaratsubaThreshold);
}

}  // namespace
}  // namespace saessak
