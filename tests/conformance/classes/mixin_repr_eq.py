class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p, [p], Point(1, 2) == p, Point(2, 1) == p)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print(e)
