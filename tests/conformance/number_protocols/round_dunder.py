# round() calls __round__
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __round__(self, ndigits=None):
        print('__round__', ndigits)
        if ndigits is None:
            return round(self.amount)
        return Money(round(self.amount, ndigits))
    def __repr__(self):
        return f'Money({self.amount})'
m = Money(12.345)
print(round(m))
print(round(m, 1))
print(round(m, ndigits=2))
try:
    round(object())
except TypeError as e:
    print('TypeError:', e)
print(round(2.5), round(3.5), round(-2.5), round(7, -1), round(1.25, 1))
