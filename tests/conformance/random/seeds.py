# 여러 가지 씨앗: 정수, 음수, 큰 수, 문자열, 실수, bool
import random

for s in [0, 1, -1, 42, -42, 2 ** 32, 2 ** 64 + 5, 10 ** 50, -(10 ** 30), "hello", "새싹", "", 3.14, -2.5, 0.0, True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 1000))

random.seed("abc", version=1)
print(random.random())
random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
print(a == [random.random() for _ in range(5)], a)
