# 경우의 수: 팩토리얼, 순열, 조합
import math

for n in range(0, 13):
    print(n, math.factorial(n))
print(math.factorial(50))
print(len(str(math.factorial(500))))
print("로또 6/45:", math.comb(45, 6), "가지")
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 10), math.perm(4, 6))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
try:
    math.factorial(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(4.0)
except TypeError as e:
    print("TypeError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(-1))
