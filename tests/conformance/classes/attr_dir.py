class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
x = B()
x.c = 3
names = dir(x)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names), "__init__" in names, "__class__" in names)
print([n for n in dir(B) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["z", "y", "x"]
print(dir(Custom()))
