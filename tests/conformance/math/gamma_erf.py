# 감마 함수와 오차 함수 (고급)
import math

for x in [0.5, 1, 1.5, 2, 3.5, 5, 10, 20.5, -0.5, -2.5]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-2, -0.5, 0, 0.5, 1, 2, 3]:
    print(x, math.erf(x), math.erfc(x))
print(math.gamma(171), math.lgamma(1000.5))
for f, x in [(math.gamma, 0), (math.gamma, -3), (math.lgamma, -1), (math.acos, 2), (math.gamma, 200)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
