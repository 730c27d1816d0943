class A:
    def __iadd__(self, o):
        print("A.__iadd__")
        return NotImplemented
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"
a = A()
a += B()
print(a)
c = A()
try:
    c += 1
except TypeError as e:
    print(e)
