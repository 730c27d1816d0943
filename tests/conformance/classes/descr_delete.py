class Guarded:
    def __get__(self, obj, owner):
        return obj.__dict__.get("_v", 0) if obj else self
    def __set__(self, obj, value):
        obj.__dict__["_v"] = value
    def __delete__(self, obj):
        print("지우는 중")
        obj.__dict__.pop("_v", None)
class C:
    v = Guarded()
c = C()
c.v = 3
print(c.v)
del c.v
print(c.v)
class OnlyGet:
    def __get__(self, obj, owner):
        return 1
class D:
    g = OnlyGet()
d = D()
try:
    del d.g
except AttributeError as e:
    print(e)
