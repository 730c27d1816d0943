class Shape:
    sides = 0
    def __init_subclass__(cls, sides=0, **kwargs):
        print("init_subclass", cls.__name__, sides)
        super().__init_subclass__(**kwargs)
        cls.sides = sides
class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass
class Blob(Shape): pass
print(Triangle.sides, Square.sides, Blob.sides, Shape.sides)
class Sub(Triangle): pass
print(Sub.sides)
