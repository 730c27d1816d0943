# __new__ with validation in a float subclass
class Probability(float):
    def __new__(cls, value):
        value = float(value)
        if not 0 <= value <= 1:
            raise ValueError('probability must be between 0 and 1')
        return super().__new__(cls, value)
    def __repr__(self):
        return f'P({float(self)})'
p = Probability('0.25')
print(p, repr(p), p * 2, 1 - p, type(1 - p).__name__)
try:
    Probability(1.5)
except ValueError as e:
    print('ValueError:', e)
class Temp(float):
    def __init__(self, value, unit='C'):
        self.unit = unit
try:
    Temp(3, 'F')
except TypeError as e:
    print('TypeError:', e)
