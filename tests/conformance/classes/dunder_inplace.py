class Bag:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        print("__iadd__")
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __ior__(self, o):
        return "ior 결과"
b = Bag()
orig = b
b += "사과"
b += "배"
b -= "사과"
b *= 2
print(b.items, b is orig)
b |= 1
print(b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("fallback __add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
