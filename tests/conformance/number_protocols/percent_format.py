# '%d' and '%f' use __int__/__index__ and __float__
class Score:
    def __init__(self, value):
        self.value = value
    def __int__(self):
        return int(self.value)
    def __index__(self):
        return int(self.value)
    def __float__(self):
        return float(self.value)
s = Score(87.5)
print('%d points' % s)
print('%.2f points' % s)
print('%x %o %X' % (Score(255), Score(8), Score(171)))
print('%5d|%-5d|' % (Score(42), Score(7)))
class Plain:
    pass
for fmt in ['%d', '%f', '%x']:
    try:
        print(fmt % Plain())
    except TypeError as e:
        print('TypeError:', e)
