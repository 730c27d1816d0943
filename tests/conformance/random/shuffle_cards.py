# 카드 섞기: 같은 씨앗이면 선생님과 같은 순서
import random

suits = ["♠", "♥", "♦", "♣"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [s + r for s in suits for r in ranks]
random.seed(2023)
random.shuffle(deck)
for player in range(4):
    print(f"{player + 1}번:", deck[player * 5:(player + 1) * 5])

nums = list(range(10))
random.seed(0)
for _ in range(3):
    random.shuffle(nums)
    print(nums)
random.shuffle(("튜플", "은", "안돼요"))
