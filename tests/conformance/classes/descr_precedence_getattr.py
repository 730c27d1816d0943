# 찾는 순서: 데이터 디스크립터 > 인스턴스 > 비데이터/클래스 속성 > __getattr__
class D:
    def __get__(self, o, t): return "data"
    def __set__(self, o, v): pass
class N:
    def __get__(self, o, t): return "nondata"
class C:
    a = D()
    b = N()
    c = "class attr"
    def __getattr__(self, name):
        return "getattr:" + name
x = C()
x.__dict__.update(a="inst a", b="inst b", c="inst c")
print(x.a, x.b, x.c, x.d)
del x.__dict__["b"], x.__dict__["c"]
print(x.b, x.c)
