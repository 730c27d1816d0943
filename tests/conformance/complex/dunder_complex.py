# complex() asks __complex__, then __float__, then __index__
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __complex__(self):
        return complex(self.x, self.y)
class Meters:
    def __float__(self):
        return 2.5
class Count:
    def __index__(self):
        return 7
print(complex(Vector(3, 4)), abs(complex(Vector(3, 4))))
print(complex(Meters()), complex(Count()), complex(1, Meters()), complex(Count(), Count()))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print('TypeError:', e)
print((1j).__complex__())
