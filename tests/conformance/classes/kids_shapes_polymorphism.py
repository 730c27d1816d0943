import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area 를 만들어 주세요")
    def __str__(self):
        return f"{type(self).__name__} 넓이 {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
for s in [Circle(1), Rect(2, 3), Square(4)]:
    print(s)
try:
    print(Shape())
except NotImplementedError as e:
    print(e)
print(sorted([Circle(1), Square(1)], key=lambda s: s.area())[0].__class__.__name__)
