class Meter:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{self.v}m"
    def __add__(self, o):
        print("__add__")
        if isinstance(o, (int, float)): return Meter(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return self + o
    def __rsub__(self, o): return Meter(o - self.v)
    def __rmul__(self, o): return Meter(o * self.v)
    def __rtruediv__(self, o): return o / self.v
    def __rpow__(self, o): return o ** self.v
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"
m = Meter(3)
print(m + 2, 2 + m)
print(10 - m, 2 * m, 6 / m, 2 ** m)
print(1 // m, 1 % m, 1 << m, 1 & m, 1 | m, 1 ^ m, divmod(1, m))
print(sum([Meter(1)]))
