# 특별한 수: 무한대와 NaN
import math

print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.inf > 1e300, math.nan == math.nan, math.isnan(math.inf - math.inf))
print(math.copysign(3, -0.0), math.copysign(-2, 5), math.fabs(-7), math.fabs(-0.0))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.remainder(5, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.pow(math.inf, 0), math.pow(1, math.nan), math.hypot(math.inf, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
math.floor(math.inf)
