# 실수 난수: random, uniform, triangular
import random

random.seed(3)
print([random.random() for _ in range(10)])
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(-1.5, 1.5) for _ in range(5)])
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 100, 20) for _ in range(5)])
print(random.triangular(5, 5))
print(sum(random.random() for _ in range(1000)))
