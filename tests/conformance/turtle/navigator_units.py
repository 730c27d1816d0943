# Angles in other units: degrees(fullcircle) and radians().
import math
from turtle import TNavigator

t = TNavigator()
t.left(90)
t.radians()
print(round(t.heading(), 6))
t.left(math.pi / 2)
print(round(t.heading(), 6))
t.degrees(400)
print(round(t.heading(), 6))
t.right(100)
print(round(t.heading(), 6))
t.degrees()
t.forward(10)
print(round(t.xcor(), 4), round(t.ycor(), 4), round(t.heading(), 4))
