# -x, +x, ~x and abs(x) call __neg__, __pos__, __invert__ and __abs__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(self.x, self.y)
    def __invert__(self):
        return Vec(self.y, self.x)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
v = Vec(3, -4)
print(-v, +v, ~v, abs(v), -(-v))
class Empty:
    pass
for op, name in [(lambda e: -e, 'neg'), (lambda e: +e, 'pos'), (lambda e: ~e, 'invert'), (abs, 'abs')]:
    try:
        op(Empty())
    except TypeError as e:
        print(name, 'TypeError:', e)
print(-True, +False, ~True, abs(-0.0), ~5, -(2**70))
