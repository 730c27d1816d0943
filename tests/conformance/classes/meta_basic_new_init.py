class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
class B(A, flag=True):
    y = 2
print(type(A).__name__, type(B).__name__, isinstance(B, Meta))
