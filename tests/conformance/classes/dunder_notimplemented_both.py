class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(e)
try:
    A() - B()
except TypeError as e:
    print(e)
try:
    3 * B()
except TypeError as e:
    print(e)
try:
    A() < B()
except TypeError as e:
    print(e)
