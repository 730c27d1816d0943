# 잘못된 사용: random 함수의 오류 메시지
import random

tests = [
    lambda: random.randint(1),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices([1, 2], 2),
    lambda: random.choices([1], weights=[1], cum_weights=[1]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.getrandbits(-1),
    lambda: random.seed([1, 2]),
    lambda: random.randint("a", 5),
    lambda: random.uniform(1),
    lambda: random.random(1),
    lambda: random.setstate((5,)),
    lambda: random.gauss("a"),
    lambda: random.gammavariate(0, 1),
    lambda: random.randrange(),
    lambda: random.seed(1, 2, 3),
    lambda: random.sample([1, 2], 2, counts=[1]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
