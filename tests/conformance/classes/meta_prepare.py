class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("keys:", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=OrderedMeta, mode="x"):
    b = 1
    a = 2
    def c(self): pass
print(A.injected)
