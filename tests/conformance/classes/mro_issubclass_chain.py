class A: pass
class B(A): pass
class C(B): pass
class D: pass
print(issubclass(C, A), issubclass(C, B), issubclass(A, C))
print(issubclass(C, (D, A)), issubclass(D, (A, B)))
print(isinstance(C(), A), isinstance(C(), (D,)), isinstance(3, (str, int)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(object, type), isinstance(type, type), isinstance(type, object))
try:
    issubclass(C(), A)
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
