class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, type(p).__mro__[1].__name__)
