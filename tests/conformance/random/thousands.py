# 수천 번 뽑기: 함수마다 2000번씩 뽑아서 CPython과 똑같은지 확인 (처음 값과 가중 합)
import math
import random


def check(name, values):
    weighted = math.fsum(i * v for i, v in enumerate(values, 1))
    print(name, values[:4], weighted)


for seed in [0, 42, "새싹", 2 ** 80 + 3]:
    random.seed(seed)
    print("seed", repr(seed))
    N = 2000
    check("randint", [random.randint(1, 6) for _ in range(N)])
    check("randrange", [random.randrange(-1000, 1000, 3) for _ in range(N)])
    check("bigrange", [random.randrange(10 ** 25) for _ in range(N)])
    check("getrandbits", [random.getrandbits(40) for _ in range(N)])
    check("random", [random.random() for _ in range(N)])
    check("uniform", [random.uniform(-5, 5) for _ in range(N)])
    check("triangular", [random.triangular(0, 10, 7) for _ in range(N)])
    check("gauss", [random.gauss(100, 15) for _ in range(N)])
    check("normalvariate", [random.normalvariate(0, 2) for _ in range(N)])
    check("lognormvariate", [random.lognormvariate(0, 0.3) for _ in range(N)])
    check("expovariate", [random.expovariate(1.5) for _ in range(N)])
    check("vonmisesvariate", [random.vonmisesvariate(1, 3) for _ in range(N)])
    check("gammavariate", [random.gammavariate(a, 1) for a in (0.4, 1.0, 3.0, 20.0) for _ in range(N // 4)])
    check("betavariate", [random.betavariate(2, 3) for _ in range(N)])
    check("paretovariate", [random.paretovariate(2.5) for _ in range(N)])
    check("weibullvariate", [random.weibullvariate(2, 3) for _ in range(N)])
    check("choice", [random.choice(range(97)) for _ in range(N)])
    check("choices", random.choices(range(50), weights=range(1, 51), k=N))
    check("sample", random.sample(range(10 ** 6), N))
    deck = list(range(N))
    random.shuffle(deck)
    check("shuffle", deck)
