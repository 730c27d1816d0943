# 삼각함수 표와 쌍곡선 함수
import math

for i in range(0, 13):
    angle = i * math.pi / 12
    print(f"{math.degrees(angle):6.1f} {math.sin(angle):.6f} {math.cos(angle):.6f} {math.tan(angle):.4e}")
print(math.asin(1), math.acos(0), math.atan(math.inf), math.asin(0.5))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.cosh(0), math.tanh(100), math.sinh(-0.0))
try:
    math.cosh(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.atanh(1)
except ValueError as e:
    print("ValueError:", e)
print(math.sin("30"))
