class Flexible:
    __slots__ = ("x", "__dict__")
f = Flexible()
f.x = 1
f.y = 2
print(f.x, f.y, f.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "하나"
print(s.only)
try:
    s.other = 1
except AttributeError as e:
    print(e)
