# 피자 조각으로 배우는 분수
from fractions import Fraction

half = Fraction(1, 2)
third = Fraction(1, 3)
print(half, third, repr(half))
print(half + third, half - third, half * third, half / third)
print(half + 1, 2 - third, 3 * half, 1 / third, half ** 2, third ** -2)
print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5), Fraction(7))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("2e-3"), Fraction("1_000/3"), Fraction(".5"))
print(Fraction(0.5), Fraction(0.1), Fraction(Fraction(1, 2), Fraction(1, 3)))
print(half.numerator, half.denominator, (-half).numerator, half.as_integer_ratio())
print(half == 0.5, third == 1 / 3, half < third, half > 0.4, third <= Fraction(2, 6), Fraction(2, 4) == half)
print(sorted([Fraction(3, 4), 0.6, Fraction(1, 5), 1, Fraction(2, 3)]))
print(sum([Fraction(1, 6)] * 6), max(half, third), min(half, 0.45))
print(half + 0.25, 0.25 * third, Fraction(7, 2) // 2, Fraction(7, 2) % 2, divmod(Fraction(7, 2), Fraction(1, 3)))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__())
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(3.141592653589793).limit_denominator(10))
print(Fraction(1, 3).limit_denominator(2), Fraction(5, 3).limit_denominator(1))
print(hash(half) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {half: "half"}[0.5], bool(Fraction(0)))
print(f"{half} of a pizza", str(Fraction(10, 5)), Fraction.from_float(0.125))
print(Fraction(2, 3) ** Fraction(2), Fraction(9, 4) ** 0.5, 2 ** Fraction(3), 4 ** Fraction(1, 2))

for bad in ["1/0", "half", "1 / 2", "3/-4"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as err:
        print(type(err).__name__, err)
for args in [(1, 0), (1.5, 2), ("1",)]:
    try:
        print(Fraction(*args))
    except (TypeError, ZeroDivisionError) as err:
        print(type(err).__name__, err)
try:
    Fraction(float("nan"))
except ValueError as err:
    print(err)
print(Fraction(3, 0))
