# __new__ overriding with super() for an int subclass
class Even(int):
    def __new__(cls, value):
        if value % 2:
            value += 1
        return super().__new__(cls, value)
print(Even(3), Even(4), type(Even(3)).__name__)
class Base10(int):
    def __new__(cls, text, base=10):
        return int.__new__(cls, text, base)
print(Base10('ff', 16), Base10('12'), Base10(7.9))
try:
    Even('x')
except TypeError as e:
    print('TypeError:', e)
try:
    int.__new__(str, 5)
except TypeError as e:
    print('TypeError:', e)
