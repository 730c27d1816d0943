# 도형의 넓이와 둘레: 원, 삼각형, 피타고라스
import math

for r in [1, 2.5, 10]:
    area = math.pi * r ** 2
    print(f"반지름 {r}: 넓이 {area:.3f}, 둘레 {2 * math.pi * r:.3f}, tau {math.tau * r:.3f}")

print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot())
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))

# 헤론의 공식
a, b, c = 7, 8, 9
s = (a + b + c) / 2
print("헤론:", math.sqrt(s * (s - a) * (s - b) * (s - c)))

for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    rad = math.radians(deg)
    print(deg, rad, round(math.sin(rad), 10), round(math.cos(rad), 10), math.degrees(rad))
print(math.atan2(1, 1), math.degrees(math.atan2(-1, -1)), math.atan(1) * 4 == math.pi)
