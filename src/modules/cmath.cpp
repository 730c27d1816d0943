// The `cmath` module's basics: sqrt, exp, log, log10, phase, polar, rect, the trigonometric
// functions cos, sin, tan, the tests isfinite/isinf/isnan/isclose and the constants. The
// formulas follow CPython's cmathmodule.c for finite arguments (scaled square root, log1p near
// |z| == 1) so results agree to the last digit; CPython's special-value tables for infinities
// and NaNs are not reproduced (those arguments fall back to the plain formulas).
#include <cfloat>
#include <cmath>

#include "modules/registry.h"
#include "objects/arguments.h"
#include "objects/complex.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocols.h"
#include "vm/vm.h"

namespace saessak {

bool install_cmath_module(VM& vm, Module* module);

namespace {

struct C {
  double re, im;
};

const double kLogLargeDouble = std::log(DBL_MAX / 4);  // CPython's CM_LOG_LARGE_DOUBLE

Value domain_error(VM& vm) { return vm.raise(vm.types.ValueError, "math domain error"); }
Value result(VM& vm, C z) { return make_complex(vm, z.re, z.im); }

bool one_arg(VM& vm, CallArgs args, const char* name, C& z) {
  if (!check_between(vm, args, name, 1, 1)) return false;
  return complex_arg(vm, args[0], z.re, z.im);
}

C c_sqrt(C z) {
  if (z.re == 0.0 && z.im == 0.0) return {0.0, z.im};
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    // Outside CPython's special-value table: the principal root by the polar form.
    double r = std::sqrt(std::hypot(z.re, z.im)), phi = std::atan2(z.im, z.re) / 2;
    return {r * std::cos(phi), r * std::sin(phi)};
  }
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, 53);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0.0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

// False for log(0) (math domain error).
bool c_log(C z, C& out) {
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
    out.re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) return false;
    out.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      out.re = std::log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      out.re = std::log(h);
    }
  }
  out.im = std::atan2(z.im, z.re);
  return true;
}

C c_exp(C z) {
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.0);
    return {l * std::cos(z.im) * M_E, l * std::sin(z.im) * M_E};
  }
  double l = std::exp(z.re);
  return {l * std::cos(z.im), l * std::sin(z.im)};
}

C c_cosh(C z) {
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x = z.re - std::copysign(1.0, z.re);
    return {std::cos(z.im) * std::cosh(x) * M_E, std::sin(z.im) * std::sinh(x) * M_E};
  }
  return {std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)};
}

C c_sinh(C z) {
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x = z.re - std::copysign(1.0, z.re);
    return {std::cos(z.im) * std::sinh(x) * M_E, std::sin(z.im) * std::cosh(x) * M_E};
  }
  return {std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)};
}

C c_tanh(C z) {
  if (std::fabs(z.re) > kLogLargeDouble)
    return {std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty, denominator = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * cx) * cx};
}

Value cmath_sqrt(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "sqrt", z)) return Value::error();
  return result(vm, c_sqrt(z));
}

Value cmath_exp(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "exp", z)) return Value::error();
  C r = c_exp(z);
  if (std::isfinite(z.re) && std::isfinite(z.im) && (std::isinf(r.re) || std::isinf(r.im)))
    return vm.raise(vm.types.OverflowError, "math range error");
  return result(vm, r);
}

Value cmath_log(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "log", 1, 2)) return Value::error();
  C z, r;
  if (!complex_arg(vm, args[0], z.re, z.im)) return Value::error();
  if (!c_log(z, r)) return domain_error(vm);
  if (args.count == 2) {
    C base, log_base;
    if (!complex_arg(vm, args[1], base.re, base.im)) return Value::error();
    if (!c_log(base, log_base)) return domain_error(vm);
    Value quotient = complex_binary(vm, BinaryOp::TrueDiv, make_complex(vm, r.re, r.im),
                                    make_complex(vm, log_base.re, log_base.im));
    if (quotient.is_error()) {
      vm.clear_pending_exception();
      return domain_error(vm);
    }
    return quotient;
  }
  return result(vm, r);
}

Value cmath_log10(VM& vm, CallArgs args) {
  C z, r;
  if (!one_arg(vm, args, "log10", z)) return Value::error();
  if (!c_log(z, r)) return domain_error(vm);
  return result(vm, {r.re / M_LN10, r.im / M_LN10});
}

Value cmath_phase(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "phase", z)) return Value::error();
  return Value::from_double(std::atan2(z.im, z.re));
}

Value cmath_polar(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "polar", z)) return Value::error();
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r) && std::isfinite(z.re) && std::isfinite(z.im))
    return vm.raise(vm.types.OverflowError, "math range error");
  return Value::from_object(make_tuple(vm, {Value::from_double(r), Value::from_double(std::atan2(z.im, z.re))}));
}

bool real_of(VM& vm, Value v, double& out) {
  double imag = 0;
  if (is_complex(v)) {
    vm.raise(vm.types.TypeError, "must be real number, not complex");
    return false;
  }
  return complex_arg(vm, v, out, imag);
}

Value cmath_rect(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "rect", 2, 2)) return Value::error();
  double r, phi;
  if (!real_of(vm, args[0], r) || !real_of(vm, args[1], phi)) return Value::error();
  if (phi == 0.0) return make_complex(vm, r, r * phi);  // as CPython: keeps the sign of a zero angle
  return make_complex(vm, r * std::cos(phi), r * std::sin(phi));
}

Value cmath_cos(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "cos", z)) return Value::error();
  return result(vm, c_cosh({-z.im, z.re}));  // cos(z) = cosh(iz)
}

Value cmath_sin(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "sin", z)) return Value::error();
  C s = c_sinh({-z.im, z.re});  // sin(z) = -i sinh(iz)
  return result(vm, {s.im, -s.re});
}

Value cmath_tan(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "tan", z)) return Value::error();
  C t = c_tanh({-z.im, z.re});  // tan(z) = -i tanh(iz)
  return result(vm, {t.im, -t.re});
}

Value cmath_isfinite(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "isfinite", z)) return Value::error();
  return Value::from_bool(std::isfinite(z.re) && std::isfinite(z.im));
}

Value cmath_isinf(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "isinf", z)) return Value::error();
  return Value::from_bool(std::isinf(z.re) || std::isinf(z.im));
}

Value cmath_isnan(VM& vm, CallArgs args) {
  C z;
  if (!one_arg(vm, args, "isnan", z)) return Value::error();
  return Value::from_bool(std::isnan(z.re) || std::isnan(z.im));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value cmath_isclose(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "isclose", {"rel_tol", "abs_tol"})) return Value::error();
  if (args.count != 2)
    return vm.raise(vm.types.TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(args.count) + " given)");
  C a, b;
  if (!complex_arg(vm, args[0], a.re, a.im) || !complex_arg(vm, args[1], b.re, b.im)) return Value::error();
  double rel_tol = 1e-09, abs_tol = 0.0;
  Value rel = keyword_argument(args, "rel_tol"), abs_value = keyword_argument(args, "abs_tol");
  if (!rel.is_null() && !real_of(vm, rel, rel_tol)) return Value::error();
  if (!abs_value.is_null() && !real_of(vm, abs_value, abs_tol)) return Value::error();
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return Value::from_bool(true);
  if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return Value::from_bool(false);
  double diff = std::hypot(a.re - b.re, a.im - b.im);
  return Value::from_bool(diff <= rel_tol * std::hypot(b.re, b.im) || diff <= rel_tol * std::hypot(a.re, a.im) ||
                          diff <= abs_tol);
}

}  // namespace

bool install_cmath_module(VM& vm, Module* module) {
  module_add_function(vm, module, "sqrt", cmath_sqrt);
  module_add_function(vm, module, "exp", cmath_exp);
  module_add_function(vm, module, "log", cmath_log);
  module_add_function(vm, module, "log10", cmath_log10);
  module_add_function(vm, module, "phase", cmath_phase);
  module_add_function(vm, module, "polar", cmath_polar);
  module_add_function(vm, module, "rect", cmath_rect);
  module_add_function(vm, module, "cos", cmath_cos);
  module_add_function(vm, module, "sin", cmath_sin);
  module_add_function(vm, module, "tan", cmath_tan);
  module_add_function(vm, module, "isfinite", cmath_isfinite);
  module_add_function(vm, module, "isinf", cmath_isinf);
  module_add_function(vm, module, "isnan", cmath_isnan);
  module_add_function(vm, module, "isclose", cmath_isclose);
  module_add_value(vm, module, "pi", Value::from_double(M_PI));
  module_add_value(vm, module, "e", Value::from_double(M_E));
  module_add_value(vm, module, "tau", Value::from_double(2 * M_PI));
  module_add_value(vm, module, "inf", Value::from_double(INFINITY));
  module_add_value(vm, module, "nan", Value::from_double(NAN));
  module_add_value(vm, module, "infj", make_complex(vm, 0.0, INFINITY));
  module_add_value(vm, module, "nanj", make_complex(vm, 0.0, NAN));
  return true;
}

}  // namespace saessak
