# 로또 번호 뽑기: sample, shuffle, choice
import random

random.seed(1)
for week in range(5):
    print(week + 1, "주차:", sorted(random.sample(range(1, 46), 6)))

random.seed("로또")
balls = list(range(1, 46))
random.shuffle(balls)
print(balls[:6], balls[-3:])

random.seed(99)
print(random.sample(range(1000000), 8))
print(random.sample(range(1000), 30))
print(random.sample("abcdefghij", 10))
print(random.sample(["빨강", "파랑"], counts=[4, 2], k=5))
print(random.choice(["가위", "바위", "보"]), random.choice("ABCDE"), random.choice(range(10, 20)))
