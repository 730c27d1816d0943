# User dunders override the built-in behaviour
class Loud(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return 'Loud(' + str.__repr__(self) + ')'
    def __len__(self):
        return 100
    def __add__(self, other):
        return Loud(str.__add__(self, '+') + other)
x = Loud('abc')
print(x)
print(repr(x), [x])
print(len(x), f'{x}', '%s' % x)
y = x + 'def'
print(type(y).__name__, repr(y))
print('{}'.format(x), str(x))
