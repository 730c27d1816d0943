class A:
    pass
try:
    class B(A, extra=1):
        pass
except TypeError as e:
    print(e)
print(A.__init_subclass__())
class Base:
    subclasses = []
    @classmethod
    def __init_subclass__(cls, **kw):
        cls.subclasses.append(cls.__name__)
class X(Base): pass
class Y(X): pass
print(Base.subclasses)
