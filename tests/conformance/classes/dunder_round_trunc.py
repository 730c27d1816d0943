import math
class Money:
    def __init__(self, v): self.v = v
    def __round__(self, n=None):
        print("round", n)
        return Money(round(self.v, n)) if n is not None else round(self.v)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
m = Money(3.14159)
print(round(m), round(m, 2).v)
print(math.trunc(m), math.floor(m), math.ceil(m))
class Nope: pass
try:
    round(Nope())
except TypeError as e:
    print(e)
try:
    math.trunc(Nope())
except TypeError as e:
    print(e)
