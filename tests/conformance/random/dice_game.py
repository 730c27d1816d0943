# 주사위 게임: 씨앗(seed)이 같으면 결과도 같아요
import random

random.seed(42)
print([random.randint(1, 100) for _ in range(20)])

random.seed(2024)
me = you = 0
for round_no in range(1, 11):
    a, b = random.randint(1, 6), random.randint(1, 6)
    if a > b:
        me += 1
    elif b > a:
        you += 1
    print(f"{round_no}라운드: 나 {a}, 너 {b}")
print("점수", me, you)

counts = [0] * 7
random.seed(7)
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
print(counts)
