class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return Vec(+self.x, +self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return Vec(self.y, self.x)
v = Vec(3, -4)
print(-v, +v, abs(v), ~v)
class Nothing: pass
for op in (lambda o: -o, lambda o: +o, lambda o: ~o, abs):
    try:
        op(Nothing())
    except TypeError as e:
        print(e)
