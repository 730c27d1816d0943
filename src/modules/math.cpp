// The `math` module of CPython 3.11: the same functions, the same special cases (C99 Annex F as
// CPython applies it), the same algorithms where CPython has its own (fsum, hypot, gamma,
// lgamma, remainder, log of big ints), and the same error messages.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

#include "modules/number_args.h"
#include "modules/registry.h"
#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/dunders.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

Value domain_error(VM& vm) { return vm.raise(vm.types.ValueError, "math domain error"); }
Value range_error(VM& vm) { return vm.raise(vm.types.OverflowError, "math range error"); }

// What CPython's is_error() does with an errno: EDOM is a ValueError; ERANGE an OverflowError
// unless the result is small (an underflow).
enum MathErrno { kOk = 0, kDom = 1, kRange = 2 };
Value finish(VM& vm, double r, int err) {
  if (err == kDom) return domain_error(vm);
  if (err == kRange && std::fabs(r) >= 1.5) return range_error(vm);
  return Value::from_double(r);
}

bool check_args(VM& vm, CallArgs args, const char* name, int n) {
  std::string full = std::string("math.") + name;
  if (!check_no_keywords(vm, args, full)) return false;
  if (args.count == n) return true;
  vm.raise(vm.types.TypeError, std::string(name) + " expected " + std::to_string(n) + " arguments, got " +
                                   std::to_string(args.count));
  return false;
}

// ---- one-argument libm functions (CPython's math_1) ----

template <double (*F)(double), bool kCanOverflow>
Value math_1(VM& vm, CallArgs args, const char* name) {
  if (!check_exactly_one(vm, args, std::string("math.") + name)) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return kCanOverflow ? range_error(vm) : domain_error(vm);
  return Value::from_double(r);
}

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_log1p(double x) {
  // log1p(-0.0) keeps its sign, as CPython's _Py_log1p.
  if (x == 0.0) return x;
  return std::log1p(x);
}

#define MATH_1(name, fn, overflow) \
  Value math_##name(VM& vm, CallArgs args) { return math_1<fn, overflow>(vm, args, #name); }
MATH_1(sqrt, c_sqrt, false)
MATH_1(exp, c_exp, true)
MATH_1(exp2, c_exp2, true)
MATH_1(expm1, c_expm1, true)
MATH_1(sin, c_sin, false)
MATH_1(cos, c_cos, false)
MATH_1(tan, c_tan, false)
MATH_1(asin, c_asin, false)
MATH_1(acos, c_acos, false)
MATH_1(atan, c_atan, false)
MATH_1(sinh, c_sinh, true)
MATH_1(cosh, c_cosh, true)
MATH_1(tanh, c_tanh, false)
MATH_1(asinh, c_asinh, false)
MATH_1(acosh, c_acosh, false)
MATH_1(atanh, c_atanh, false)
MATH_1(erf, c_erf, false)
MATH_1(erfc, c_erfc, false)
MATH_1(fabs, c_fabs, false)
MATH_1(cbrt, c_cbrt, false)
MATH_1(log1p, c_log1p, false)
#undef MATH_1

// ---- gamma and lgamma: CPython's own Lanczos implementation ----

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0, 357423.0,   32670.0,
                                           1925.0,     66.0,       1.0};
constexpr double kGammaIntegral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double tgamma_impl(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = kDom;
    return NAN;
  }
  if (x == 0.0) {
    err = kDom;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = kDom;
      return NAN;
    }
    if (x <= 23) return kGammaIntegral[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) err = kRange;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    err = kRange;
    return HUGE_VAL;
  }
  volatile double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = kRange;
  return r;
}

double lgamma_impl(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    return HUGE_VAL;
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = kDom;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = kRange;
  return r;
}

Value math_gamma(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.gamma")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  int err = kOk;
  double r = tgamma_impl(x, err);
  return finish(vm, r, err);
}

Value math_lgamma(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.lgamma")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  int err = kOk;
  double r = lgamma_impl(x, err);
  return finish(vm, r, err);
}

// ---- logarithms ----

double m_log(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    err = kDom;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;
  err = kDom;
  return NAN;
}

double m_log2(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = kDom;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  err = kDom;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double m_log10(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    err = kDom;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;
  err = kDom;
  return NAN;
}

using LogFn = double (*)(double, int&);

// CPython's loghelper: ints of any size (a huge int is x * 2**e), else math_1's rules.
bool log_of(VM& vm, Value arg, LogFn fn, double& out) {
  if (is_integer(arg)) {
    BigInt n = to_bigint(arg);
    if (n.sign() <= 0) {
      domain_error(vm);
      return false;
    }
    bool overflow = false;
    double x = n.to_double(overflow);
    int err = kOk;
    if (!overflow) {
      out = fn(x, err);
      return true;
    }
    // Frexp with correct rounding: keep ~1000 bits and a sticky bit for what was shifted out.
    int64_t shift = static_cast<int64_t>(n.bit_length()) - 1000;
    BigIntResult top = shift_right(n, shift);
    BigInt y = std::move(top.value);
    BigIntResult back = shift_left(y, shift);
    if (back.ok() && compare(back.value, n) != 0) y = bit_or(y, BigInt::from_int64(1));
    bool o2 = false;
    int e = 0;
    double m = std::frexp(y.to_double(o2), &e);
    out = fn(m, err) + fn(2.0, err) * static_cast<double>(e + shift);
    return true;
  }
  double x;
  if (!real_arg(vm, arg, x)) return false;
  int err = kOk;
  double r = fn(x, err);
  if (std::isnan(r) && !std::isnan(x)) {
    domain_error(vm);
    return false;
  }
  if (std::isinf(r) && std::isfinite(x)) {
    domain_error(vm);
    return false;
  }
  out = r;
  return true;
}

Value math_log(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "math.log")) return Value::error();
  if (args.count < 1 || args.count > 2) return vm.raise(vm.types.TypeError, "math.log requires 1 to 2 arguments");
  double num;
  if (!log_of(vm, args[0], m_log, num)) return Value::error();
  if (args.count == 1) return Value::from_double(num);
  double den;
  if (!log_of(vm, args[1], m_log, den)) return Value::error();
  if (den == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(num / den);
}

Value math_log2(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.log2")) return Value::error();
  double r;
  if (!log_of(vm, args[0], m_log2, r)) return Value::error();
  return Value::from_double(r);
}

Value math_log10(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.log10")) return Value::error();
  double r;
  if (!log_of(vm, args[0], m_log10, r)) return Value::error();
  return Value::from_double(r);
}

// ---- two-argument functions ----

// CPython's math_2 rules: NaN from non-NaN inputs is a domain error, inf from finite inputs a
// range error.
Value math_2_result(VM& vm, double x, double y, double r) {
  if (std::isnan(r)) {
    if (!std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  } else if (std::isinf(r)) {
    if (std::isfinite(x) && std::isfinite(y)) return finish(vm, r, kRange);
  }
  return Value::from_double(r);
}

bool two_reals(VM& vm, CallArgs args, const char* name, double& x, double& y) {
  return check_args(vm, args, name, 2) && real_arg(vm, args[0], x) && real_arg(vm, args[1], y);
}

double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(std::copysign(1., x) == 1. ? 0.25 * kPi : 0.75 * kPi, y);
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    if (std::copysign(1., x) == 1.) return std::copysign(0., y);
    return std::copysign(kPi, y);
  }
  return std::atan2(y, x);
}

Value math_atan2(VM& vm, CallArgs args) {
  double y, x;
  if (!two_reals(vm, args, "atan2", y, x)) return Value::error();
  return math_2_result(vm, y, x, m_atan2(y, x));
}

Value math_copysign(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "copysign", x, y)) return Value::error();
  return math_2_result(vm, x, y, std::copysign(x, y));
}

double m_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    double c = absy - m;
    double r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

Value math_remainder(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "remainder", x, y)) return Value::error();
  return math_2_result(vm, x, y, m_remainder(x, y));
}

Value math_fmod(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "fmod", x, y)) return Value::error();
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return Value::from_double(r);
}

Value math_pow(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "pow", x, y)) return Value::error();
  double r = 0.;
  int err = kOk;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0. ? 1. : x;
    else if (std::isnan(y)) r = x == 1. ? 1. : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) err = kDom;
      else if (x == 0.) err = kDom;
      else err = kRange;
    }
  }
  return finish(vm, r, err);
}

Value math_nextafter(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "nextafter", x, y)) return Value::error();
  return Value::from_double(std::nextafter(x, y));
}

Value math_ulp(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.ulp")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -HUGE_VAL);
    return Value::from_double(x - x2);
  }
  return Value::from_double(x2 - x);
}

Value math_ldexp(VM& vm, CallArgs args) {
  if (!check_args(vm, args, "ldexp", 2)) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  if (!is_integer(args[1])) return vm.raise(vm.types.TypeError, "Expected an int as second argument to ldexp.");
  BigInt e = to_bigint(args[1]);
  double r;
  int err = kOk;
  if (x == 0. || !std::isfinite(x)) {
    r = x;
  } else if (compare(e, BigInt::from_int64(INT_MAX)) > 0) {
    r = std::copysign(HUGE_VAL, x);
    err = kRange;
  } else if (compare(e, BigInt::from_int64(INT_MIN)) < 0) {
    r = std::copysign(0., x);
  } else {
    r = std::ldexp(x, static_cast<int>(e.to_int64()));
    if (std::isinf(r)) err = kRange;
  }
  return finish(vm, r, err);
}

Value math_frexp(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.frexp")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  int e = 0;
  if (!(std::isnan(x) || std::isinf(x) || x == 0.0)) x = std::frexp(x, &e);
  return Value::from_object(make_tuple(vm, {Value::from_double(x), Value::from_int(e)}));
}

Value math_modf(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.modf")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  if (std::isinf(x))
    return Value::from_object(make_tuple(vm, {Value::from_double(std::copysign(0., x)), Value::from_double(x)}));
  double ip;
  double frac = std::modf(x, &ip);
  return Value::from_object(make_tuple(vm, {Value::from_double(frac), Value::from_double(ip)}));
}

// ---- rounding to ints ----

Value call_python_dunder(VM& vm, Value v, const char* name, bool& found) {
  found = false;
  if (!is_python_object(v)) return Value::null();
  Value method = lookup_python_dunder(v.as_object()->type, vm.intern(name));
  if (method.is_null()) return Value::null();
  found = true;
  Value self = v;
  return vm.call(method, CallArgs{&self, 1, nullptr});
}

template <double (*F)(double)>
Value round_to_int(VM& vm, CallArgs args, const char* name, const char* dunder) {
  if (!check_exactly_one(vm, args, std::string("math.") + name)) return Value::error();
  Value x = args[0];
  if (x.is_double()) return make_int_from_double(vm, F(x.as_double()));
  if (x.is_int() || is_big_int(x)) return x;
  if (x.is_bool()) return Value::from_int(x.as_bool() ? 1 : 0);
  bool found;
  Value r = call_python_dunder(vm, x, dunder, found);
  if (found) return r;
  if (is_boxed_number(x) && !is_complex(unboxed(x))) {  // a subclass of int or float
    Value plain = unboxed(x);
    return round_to_int<F>(vm, CallArgs{&plain, 1, nullptr}, name, dunder);
  }
  double d;
  if (!real_arg(vm, x, d)) return Value::error();
  return make_int_from_double(vm, F(d));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }

Value math_floor(VM& vm, CallArgs args) { return round_to_int<c_floor>(vm, args, "floor", "__floor__"); }
Value math_ceil(VM& vm, CallArgs args) { return round_to_int<c_ceil>(vm, args, "ceil", "__ceil__"); }

Value math_trunc(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.trunc")) return Value::error();
  Value x = args[0];
  if (x.is_double()) return make_int_from_double(vm, std::trunc(x.as_double()));
  if (x.is_int() || is_big_int(x)) return x;
  if (x.is_bool()) return Value::from_int(x.as_bool() ? 1 : 0);
  bool found;
  Value r = call_python_dunder(vm, x, "__trunc__", found);
  if (found) return r;
  if (is_boxed_number(x) && !is_complex(unboxed(x))) {
    Value plain = unboxed(x);
    return math_trunc(vm, CallArgs{&plain, 1, nullptr});
  }
  return vm.raise(vm.types.TypeError, "type " + type_name(vm, x) + " doesn't define __trunc__ method");
}

// ---- predicates and conversions ----

template <bool (*P)(double)>
Value predicate(VM& vm, CallArgs args, const char* name) {
  if (!check_exactly_one(vm, args, std::string("math.") + name)) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  return Value::from_bool(P(x));
}
bool p_isfinite(double x) { return std::isfinite(x); }
bool p_isinf(double x) { return std::isinf(x); }
bool p_isnan(double x) { return std::isnan(x); }
Value math_isfinite(VM& vm, CallArgs args) { return predicate<p_isfinite>(vm, args, "isfinite"); }
Value math_isinf(VM& vm, CallArgs args) { return predicate<p_isinf>(vm, args, "isinf"); }
Value math_isnan(VM& vm, CallArgs args) { return predicate<p_isnan>(vm, args, "isnan"); }

Value math_degrees(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.degrees")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  return Value::from_double(x * (180.0 / kPi));
}

Value math_radians(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.radians")) return Value::error();
  double x;
  if (!real_arg(vm, args[0], x)) return Value::error();
  return Value::from_double(x * (kPi / 180.0));
}

Value math_isclose(VM& vm, CallArgs args) {
  if (args.count > 2)
    return vm.raise(vm.types.TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(args.count) + " given)");
  Value a[4] = {Value::null(), Value::null(), Value::null(), Value::null()};
  for (int i = 0; i < args.count; ++i) a[i] = args[i];
  const char* names[4] = {"a", "b", "rel_tol", "abs_tol"};
  for (int k = 0; k < args.keyword_count(); ++k) {
    std::string key = static_cast<Str*>(args.kwnames->items[k].as_object())->utf8();
    int found = -1;
    for (int i = 0; i < 4; ++i)
      if (key == names[i]) found = i;
    if (found < 0) return vm.raise(vm.types.TypeError, "isclose() got an unexpected keyword argument '" + key + "'");
    if (!a[found].is_null())
      return vm.raise(vm.types.TypeError, "argument for isclose() given by name ('" + key + "') and position (" +
                                              std::to_string(found + 1) + ")");
    a[found] = args.values[args.count + k];
  }
  for (int i = 0; i < 2; ++i)
    if (a[i].is_null())
      return vm.raise(vm.types.TypeError, std::string("isclose() missing required argument '") + names[i] + "' (pos " +
                                              std::to_string(i + 1) + ")");
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!real_arg(vm, a[0], x) || !real_arg(vm, a[1], y)) return Value::error();
  if (!a[2].is_null() && !real_arg(vm, a[2], rel_tol)) return Value::error();
  if (!a[3].is_null() && !real_arg(vm, a[3], abs_tol)) return Value::error();
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::from_bool(true);
  if (std::isinf(x) || std::isinf(y)) return Value::from_bool(false);
  double diff = std::fabs(y - x);
  return Value::from_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// ---- integer functions ----

// The product lo * (lo+1) * ... * (lo+count-1), by halves so the big multiplications balance.
bool range_product(const BigInt& lo, uint64_t count, BigInt& out) {
  if (count == 0) {
    out = BigInt::from_int64(1);
    return true;
  }
  if (count <= 8) {
    BigInt acc = lo;
    BigInt term = lo;
    for (uint64_t i = 1; i < count; ++i) {
      term = add(term, BigInt::from_int64(1));
      BigIntResult m = mul(acc, term);
      if (!m.ok()) return false;
      acc = std::move(m.value);
    }
    out = std::move(acc);
    return true;
  }
  uint64_t half = count / 2;
  BigInt left, right;
  if (!range_product(lo, half, left)) return false;
  if (!range_product(add(lo, BigInt::from_uint64(half)), count - half, right)) return false;
  BigIntResult m = mul(left, right);
  if (!m.ok()) return false;
  out = std::move(m.value);
  return true;
}

Value math_factorial(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.factorial")) return Value::error();
  BigInt n;
  if (!index_arg(vm, args[0], n)) return Value::error();
  if (n.is_negative()) return vm.raise(vm.types.ValueError, "factorial() not defined for negative values");
  if (!n.fits_int64())
    return vm.raise(vm.types.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  int64_t k = n.to_int64();
  if (k <= 1) return Value::from_int(1);
  BigInt r;
  if (!range_product(BigInt::from_int64(1), static_cast<uint64_t>(k), r)) return vm.raise_memory_error();
  return make_int(vm, std::move(r));
}

bool nonneg_index(VM& vm, Value v, const char* name, BigInt& out) {
  if (!index_arg(vm, v, out)) return false;
  if (out.is_negative()) {
    vm.raise(vm.types.ValueError, std::string(name) + " must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_perm(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "math.perm")) return Value::error();
  if (!check_between(vm, args, "perm", 1, 2)) return Value::error();
  BigInt n, k;
  if (!nonneg_index(vm, args[0], "n", n)) return Value::error();
  if (args.count == 1 || args[1].is_none()) {
    if (!n.fits_int64())
      return vm.raise(vm.types.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    BigInt r;
    if (!range_product(BigInt::from_int64(1), static_cast<uint64_t>(std::max<int64_t>(n.to_int64(), 1)), r))
      return vm.raise_memory_error();
    return make_int(vm, std::move(r));
  }
  if (!nonneg_index(vm, args[1], "k", k)) return Value::error();
  if (compare(k, n) > 0) return Value::from_int(0);
  if (!k.fits_int64()) return vm.raise(vm.types.OverflowError, "k must not exceed 9223372036854775807");
  BigInt r;
  if (!range_product(add(sub(n, k), BigInt::from_int64(1)), static_cast<uint64_t>(k.to_int64()), r))
    return vm.raise_memory_error();
  return make_int(vm, std::move(r));
}

Value math_comb(VM& vm, CallArgs args) {
  if (!check_args(vm, args, "comb", 2)) return Value::error();
  BigInt n, k;
  if (!nonneg_index(vm, args[0], "n", n) || !nonneg_index(vm, args[1], "k", k)) return Value::error();
  if (compare(k, n) > 0) return Value::from_int(0);
  BigInt other = sub(n, k);
  if (compare(other, k) < 0) k = other;
  if (!k.fits_int64())
    return vm.raise(vm.types.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  uint64_t kk = static_cast<uint64_t>(k.to_int64());
  BigInt num, den;
  if (!range_product(add(sub(n, k), BigInt::from_int64(1)), kk, num) ||
      !range_product(BigInt::from_int64(1), std::max<uint64_t>(kk, 1), den))
    return vm.raise_memory_error();
  BigIntResult q = floordiv(num, den);
  return make_int(vm, std::move(q.value));
}

Value math_isqrt(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.isqrt")) return Value::error();
  BigInt n;
  if (!index_arg(vm, args[0], n)) return Value::error();
  if (n.is_negative()) return vm.raise(vm.types.ValueError, "isqrt() argument must be nonnegative");
  BigIntResult r = isqrt(n);
  return make_int(vm, std::move(r.value));
}

Value math_gcd(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "math.gcd")) return Value::error();
  BigInt acc;
  for (int i = 0; i < args.count; ++i) {
    BigInt x;
    if (!index_arg(vm, args[i], x)) return Value::error();
    acc = gcd(acc, x);
  }
  return make_int(vm, std::move(acc));
}

Value math_lcm(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "math.lcm")) return Value::error();
  BigInt acc = BigInt::from_int64(1);
  for (int i = 0; i < args.count; ++i) {
    BigInt x;
    if (!index_arg(vm, args[i], x)) return Value::error();
    if (i == 0) {
      acc = x.abs();
      continue;
    }
    if (acc.is_zero() || x.is_zero()) {
      acc = BigInt();
      continue;
    }
    BigInt g = gcd(acc, x);
    BigIntResult f = floordiv(acc, g);
    BigIntResult m = mul(f.value, x);
    if (!m.ok()) return vm.raise_memory_error();
    acc = m.value.abs();
  }
  return make_int(vm, std::move(acc));
}

// ---- sums and products ----

bool collect(VM& vm, Value iterable, std::vector<Value>& out) {
  Value it = get_iterator(vm, iterable);
  if (it.is_error()) return false;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) return true;
    out.push_back(item);
  }
}

Value math_prod(VM& vm, CallArgs args) {
  if (args.count != 1)
    return vm.raise(vm.types.TypeError, "prod() takes exactly 1 positional argument (" + std::to_string(args.count) + " given)");
  Value start = Value::from_int(1);
  for (int k = 0; k < args.keyword_count(); ++k) {
    std::string key = static_cast<Str*>(args.kwnames->items[k].as_object())->utf8();
    if (key != "start") return vm.raise(vm.types.TypeError, "prod() got an unexpected keyword argument '" + key + "'");
    start = args.values[args.count + k];
  }
  Value it = get_iterator(vm, args[0]);
  if (it.is_error()) return it;
  Value acc = start;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return item;
    if (item.is_null()) return acc;
    acc = binary_op(vm, BinaryOp::Mul, acc, item, false);
    if (acc.is_error()) return acc;
  }
}

// Shewchuk's exact summation with CPython's handling of specials and its final half-even fix.
Value math_fsum(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "math.fsum")) return Value::error();
  Value it = get_iterator(vm, args[0]);
  if (it.is_error()) return it;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return item;
    if (item.is_null()) break;
    double x;
    if (!real_arg(vm, item, x)) return Value::error();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      volatile double hi = x + y;
      volatile double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return vm.raise(vm.types.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(vm.types.ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    volatile double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      volatile double h = x + y;
      hi = h;
      volatile double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      volatile double x = hi + y;
      volatile double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}

// CPython 3.11's vector_norm: lossless scaling, Dekker-split squares, compensated summation and
// a differential correction of the square root.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double kT27 = 134217729.0;
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& v : vec) v /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  volatile double csum = 1.0;
  double frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  for (size_t i = 0; i < n; ++i) {
    double x = vec[i] * scale;
    volatile double t = x * kT27;
    volatile double hi = t - (t - x);
    double lo = x - hi;
    x = hi * hi;
    double oldcsum = csum;
    csum = csum + x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum = csum + x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double x = h;
  volatile double t = x * kT27;
  volatile double hi = t - (t - x);
  double lo = x - hi;
  x = -hi * hi;
  double oldcsum = csum;
  csum = csum + x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum = csum + x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  frac3 += x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Value math_hypot(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "math.hypot")) return Value::error();
  std::vector<double> coords;
  double max = 0.0;
  bool found_nan = false;
  for (int i = 0; i < args.count; ++i) {
    double x;
    if (!real_arg(vm, args[i], x)) return Value::error();
    x = std::fabs(x);
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(coords, max, found_nan));
}

Value math_dist(VM& vm, CallArgs args) {
  if (!check_args(vm, args, "dist", 2)) return Value::error();
  std::vector<Value> p, q;
  if (!collect(vm, args[0], p) || !collect(vm, args[1], q)) return Value::error();
  if (p.size() != q.size())
    return vm.raise(vm.types.ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double px, qx;
    if (!real_arg(vm, p[i], px) || !real_arg(vm, q[i], qx)) return Value::error();
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(diffs, max, found_nan));
}

struct Entry {
  const char* name;
  NativeFn fn;
};

const Entry kFunctions[] = {
    {"acos", math_acos},       {"acosh", math_acosh},         {"asin", math_asin},       {"asinh", math_asinh},
    {"atan", math_atan},       {"atan2", math_atan2},         {"atanh", math_atanh},     {"cbrt", math_cbrt},
    {"ceil", math_ceil},       {"comb", math_comb},           {"copysign", math_copysign}, {"cos", math_cos},
    {"cosh", math_cosh},       {"degrees", math_degrees},     {"dist", math_dist},       {"erf", math_erf},
    {"erfc", math_erfc},       {"exp", math_exp},             {"exp2", math_exp2},       {"expm1", math_expm1},
    {"fabs", math_fabs},       {"factorial", math_factorial}, {"floor", math_floor},     {"fmod", math_fmod},
    {"frexp", math_frexp},     {"fsum", math_fsum},           {"gamma", math_gamma},     {"gcd", math_gcd},
    {"hypot", math_hypot},     {"isclose", math_isclose},     {"isfinite", math_isfinite}, {"isinf", math_isinf},
    {"isnan", math_isnan},     {"isqrt", math_isqrt},         {"lcm", math_lcm},         {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},   {"log", math_log},             {"log10", math_log10},     {"log1p", math_log1p},
    {"log2", math_log2},       {"modf", math_modf},           {"nextafter", math_nextafter}, {"perm", math_perm},
    {"pow", math_pow},         {"prod", math_prod},           {"radians", math_radians}, {"remainder", math_remainder},
    {"sin", math_sin},         {"sinh", math_sinh},           {"sqrt", math_sqrt},       {"tan", math_tan},
    {"tanh", math_tanh},       {"trunc", math_trunc},         {"ulp", math_ulp},
};

}  // namespace

bool install_math_module(VM& vm, Module* module) {
  for (const Entry& e : kFunctions) module_add_function(vm, module, e.name, e.fn);
  module_add_value(vm, module, "pi", Value::from_double(kPi));
  module_add_value(vm, module, "e", Value::from_double(kE));
  module_add_value(vm, module, "tau", Value::from_double(2.0 * kPi));
  module_add_value(vm, module, "inf", Value::from_double(HUGE_VAL));
  module_add_value(vm, module, "nan", Value::from_double(NAN));
  return true;
}

}  // namespace saessak
