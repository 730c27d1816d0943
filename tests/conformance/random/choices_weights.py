# 가중치 뽑기: 뽑기 상자
import random

random.seed(8)
prizes = ["꽝", "사탕", "인형", "자전거"]
print(random.choices(prizes, k=10))
print(random.choices(prizes, weights=[70, 20, 9, 1], k=20))
print(random.choices(prizes, cum_weights=[70, 90, 99, 100], k=20))
print(random.choices(prizes, [0.5, 0.25, 0.125, 0.125], k=5))
print(random.choices(range(3), k=0), random.choices("xy"))

tally = {p: 0 for p in prizes}
for p in random.choices(prizes, weights=[70, 20, 9, 1], k=5000):
    tally[p] += 1
print(tally)
random.choices(prizes, [1, 2])
