class A: pass
class B(A): pass
print(A, repr(B), str(A), f"{B}")
print(int, type, object, type(None))
print(A.__name__, A.__module__, A.__qualname__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
print(A)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
