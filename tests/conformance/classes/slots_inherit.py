class Base:
    __slots__ = ("a",)
class WithSlots(Base):
    __slots__ = ("b",)
class NoSlots(Base):
    pass
w = WithSlots()
w.a, w.b = 1, 2
print(w.a, w.b, hasattr(w, "__dict__"))
try:
    w.c = 3
except AttributeError as e:
    print(e)
n = NoSlots()
n.a = 1
n.anything = 2
print(n.a, n.__dict__)
