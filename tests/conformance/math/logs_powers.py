# 거듭제곱과 로그: 세균이 두 배씩 늘어나요
import math

for day in range(0, 11, 2):
    print(day, 2 ** day, math.pow(2, day), math.exp(day / 10))

print(math.log(8, 2), math.log(100, 10), math.log(math.e), math.log(1))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(0.001), math.log1p(1e-10))
print(math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(3 ** 1000, 3))
print(math.exp(1), math.expm1(1e-10), math.exp2(10), math.cbrt(8), math.cbrt(-8))
print(math.pow(0, 0), math.pow(4, 0.5), math.pow(-2, 3), math.pow(2, -1))
print("몇 번 접어야 달까지?", math.ceil(math.log2(384400000 / 0.0001)))
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.sqrt(-1))
