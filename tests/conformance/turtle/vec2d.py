# Vec2D: a tuple with vector arithmetic, printed with two decimals.
from turtle import Vec2D

a = Vec2D(3, 4)
b = Vec2D(1, -2)
print(a, b, a + b, a - b, a * b, a * 2, 3 * a, -a, abs(a))
print(a.rotate(90), a.rotate(-45))
print(a[0], a[1], len(a), isinstance(a, tuple), tuple(a))
x, y = a
print(x, y)
