# A turtle's position and heading after drawing a square and a triangle (pure geometry:
# TNavigator needs no window, so CPython can check it).
from turtle import TNavigator

t = TNavigator()
print(t.position(), t.heading())
for side in range(4):
    t.forward(100)
    t.left(90)
    print(side, t.pos(), round(t.heading(), 6))
for side in range(3):
    t.fd(50)
    t.rt(120)
    print(round(t.xcor(), 2), round(t.ycor(), 2), round(t.heading(), 2))
t.back(30)
print(t.position())
t.bk(-30)
print(t.position())
