# User arithmetic dunders override the inherited ones
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __str__(self):
        return f'{int(self):,} won'
    def __repr__(self):
        return f'Money({int(self)})'
a = Money(1000)
b = a + 2500
print(b, repr(b), type(b).__name__)
print(500 + a, sum([Money(1), Money(2)], Money(0)))
print(a * 3, type(a * 3).__name__)
print([a, b])
print(f'{a}', f'{a!r}', f'{a:>10}', '%d' % a)
