import math
# math.trunc, math.floor and math.ceil call __trunc__, __floor__ and __ceil__
class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __trunc__(self):
        return int(self.n / self.d)
    def __floor__(self):
        return self.n // self.d
    def __ceil__(self):
        return -(-self.n // self.d)
f = Frac(-7, 2)
print(math.trunc(f), math.floor(f), math.ceil(f))
print(math.trunc(3.9), math.floor(-3.1), math.ceil(-3.9), math.floor(5), math.ceil(True))
class OnlyFloat:
    def __float__(self):
        return 2.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print('TypeError:', e)
try:
    math.floor('3')
except TypeError as e:
    print('TypeError:', e)
