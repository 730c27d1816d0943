def greet(name, greeting="hi"):
    """Say hello."""
    return f"{greeting} {name}"
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__defaults__, greet.__module__)
greet.calls = 3
print(greet.calls, greet.__dict__)
class A:
    """An A."""
    def m(self):
        return 1
a = A()
print(A.__doc__, a.__class__, a.__class__.__name__, a.__dict__, type(a.m).__name__ if False else "")
b = a.m
print(b.__self__ is a, b.__func__ is A.m, b.__name__, repr(b).startswith("<bound method A.m of <__main__.A object at"))
print(len.__name__, (5).__class__, [].__class__, "x".__class__.__name__)
def deco(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper
@deco
def add(x, y):
    "adds"
    return x + y
print(add.__name__, add.__doc__, add(1, 2))
class H:
    def __hash__(self):
        return 2 ** 70
print(hash(H()) == hash(2 ** 70))
