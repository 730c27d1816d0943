# 정규분포와 여러 분포 (가우스의 다음 값 기억하기 포함)
import random

random.seed(10)
print([random.gauss(170, 8) for _ in range(7)])
print([random.normalvariate(0, 1) for _ in range(5)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1 / 5) for _ in range(3)])
print([random.vonmisesvariate(0, 4) for _ in range(3)], random.vonmisesvariate(1, 0))
print([random.gammavariate(a, 2) for a in (0.5, 1.0, 2.5, 9)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])

random.seed(5)
x = random.gauss()
state = random.getstate()
print(state[2] is not None, random.gauss() == state[2])
