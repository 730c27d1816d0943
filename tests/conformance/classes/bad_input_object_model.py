# 잘못된 사용에는 CPython 과 같은 오류가 나야 해요
for spec in (5, [1], "a b", ("x", "x")):
    try:
        class S:
            __slots__ = spec
        s = S()
        print("ok", spec)
    except Exception as e:
        print(type(e).__name__, e)
class P:
    __slots__ = ("a",)
class Q:
    pass
q = Q()
try:
    q.__class__ = P
    print(q.a)
except Exception as e:
    print(type(e).__name__, e)
import gc
class D:
    def __del__(self):
        print("del", gc.collect())

d = D(); del d
print(gc.collect() >= 0)
class M(type):
    def mro(cls):
        return [5]
try:
    class X(metaclass=M): pass
except Exception as e:
    print(type(e).__name__, e)
class M2(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
try:
    class Y(metaclass=M2): pass
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(1, ()), issubclass(int, ()))
try:
    isinstance(1, (int, 5))
    isinstance(1, (str, 5))
except TypeError as e:
    print(e)
sup = super(int)
print(type(sup).__name__)
try:
    sup.x
except AttributeError as e:
    print(e)
