# The talk "super의 의미": what super() means under multiple inheritance.
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
class Left(Base):
    def __init__(self, left=None, **kwargs):
        print("Left.__init__", left)
        super().__init__(**kwargs)
class Right(Base):
    def __init__(self, right=None, **kwargs):
        print("Right.__init__", right)
        super().__init__(**kwargs)
class Child(Left, Right):
    def __init__(self, **kwargs):
        print("Child.__init__")
        super().__init__(**kwargs)
c = Child(left=1, right=2, extra=3)
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])

class X:
    def hello(self):
        return "X"
class Y(X):
    def hello(self):
        return "Y>" + super(Y, self).hello()
class W(Y):
    def hello(self):
        return "W>" + super().hello()
print(W().hello(), Y.hello(W()), super(Y, W()).hello())
print(isinstance(W(), X), issubclass(W, Y), issubclass(X, W), isinstance(3, (str, int)))

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
    @classmethod
    def create(cls):
        return cls()
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
for s in [Triangle.create(), Square.create(), Shape()]:
    print(s.describe())

try:
    class Bad(A, O, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class Inconsistent(O, A): pass
