# 온도 변환표: 섭씨와 화씨 (math.floor, math.ceil, round)
import math

print("섭씨 -> 화씨")
for c in range(-20, 41, 10):
    f = c * 9 / 5 + 32
    print(c, "->", f, "floor", math.floor(f), "ceil", math.ceil(f))

print("화씨 -> 섭씨")
for f in [0, 32, 50, 72.5, 98.6, 212]:
    c = (f - 32) * 5 / 9
    print(f, "->", c, math.trunc(c), math.isclose(c, round(c), abs_tol=0.05))

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(True))
print(type(math.floor(3.7)).__name__, math.floor(1e20), math.ceil(-1e20))
