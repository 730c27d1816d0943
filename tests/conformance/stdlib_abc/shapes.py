# 추상 클래스 Shape: 넓이와 둘레를 꼭 만들어야 해요
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

for shape in [Circle(1), Square(3), Circle(2.5)]:
    print(shape.describe())
print(isinstance(Square(1), Shape), issubclass(Circle, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Circle.__abstractmethods__))

for cls in [Shape, HalfDone]:
    try:
        cls("?")
    except TypeError as err:
        print("TypeError:", err)

class Sound(ABC):
    @abstractmethod
    def play(self):
        return "..."

class Bell(Sound):
    def play(self):
        return "ding " + super().play()

print(Bell().play())
Sound()
