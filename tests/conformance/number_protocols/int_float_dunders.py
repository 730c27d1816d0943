# int() and float() call __int__, __index__ and __float__
class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __int__(self):
        return int(self.degrees)
    def __float__(self):
        return float(self.degrees)
t = Temperature(21.7)
print(int(t), float(t), round(float(t)))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()))
class BadFloat:
    def __float__(self):
        return 'warm'
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)
class BadInt:
    def __int__(self):
        return 2.5
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
