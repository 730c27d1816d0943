# 요리법을 분수로 늘리고 줄이기
from fractions import Fraction as F

recipe = {"flour": F(3, 4), "sugar": F(1, 3), "milk": F(1, 2), "eggs": F(2)}
for people in [2, 3, 6]:
    scale = F(people, 4)
    scaled = {item: amount * scale for item, amount in recipe.items()}
    print(people, "people:", ", ".join(f"{item} {amount}" for item, amount in scaled.items()))

total = sum(recipe.values())
print("total cups:", total, "=", round(total, 2), "≈", total.limit_denominator(4))
cups = F(0)
for i in range(1, 6):
    cups += F(1, i * (i + 1))
    print(i, cups, repr(cups))

x = F(1)
for step in range(5):
    x = (x + 2 / x) / 2
    print(step, x, float(x.numerator) / x.denominator)
print(F(22, 7) - F("3.14159"), abs(F(-3, 4)) if False else F(3, 4))
