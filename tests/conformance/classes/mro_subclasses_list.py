class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Tiny(Square): pass
print([c.__name__ for c in Shape.__subclasses__()])
print([c.__name__ for c in Square.__subclasses__()])
print(Tiny.__subclasses__())
