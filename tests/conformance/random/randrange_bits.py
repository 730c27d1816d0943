# randrange와 getrandbits: 큰 수도 문제없어요
import random

random.seed(77)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print(random.randrange(10 ** 30), random.randint(-(2 ** 70), 2 ** 70))
print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 65, 100, 300)])
print(random.randint(5, 5))
for args in [(0,), (1, 1), (1, 10, 0), (10, 1, 2)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
random.randint(10, 1)
