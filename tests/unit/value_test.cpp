#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "objects/value.h"

namespace saessak {
namespace {

TEST(Value, DoublesRoundTrip) {
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, std::numeric_limits<double>::infinity()}) {
    Value v = Value::from_double(d);
    ASSERT_TRUE(v.is_double());
    EXPECT_EQ(std::signbit(v.as_double()), std::signbit(d));
    EXPECT_EQ(v.as_double(), d);
  }
}

TEST(Value, NaNIsCanonicalAndStaysADouble) {
  Value v = Value::from_double(-std::nan(""));
  EXPECT_TRUE(v.is_double());
  EXPECT_TRUE(std::isnan(v.as_double()));
}

TEST(Value, SmallIntsKeepTheirSign) {
  for (int64_t i : {int64_t{0}, int64_t{1}, int64_t{-1}, Value::kMaxSmallInt, Value::kMinSmallInt}) {
    Value v = Value::from_int(i);
    ASSERT_TRUE(v.is_int());
    EXPECT_FALSE(v.is_double());
    EXPECT_EQ(v.as_int(), i);
  }
  EXPECT_FALSE(Value::fits_small_int(Value::kMaxSmallInt + 1));
}

TEST(Value, ImmediatesAreDistinct) {
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_FALSE(Value::null().is_none());
  EXPECT_TRUE(Value::from_bool(true).is_true());
  EXPECT_FALSE(Value::from_bool(false).is_true());
  EXPECT_FALSE(Value::error() == Value::suspend());
  EXPECT_FALSE(Value::from_int(1) == Value::from_bool(true));
}

}  // namespace
}  // namespace saessak
