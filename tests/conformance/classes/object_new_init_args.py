class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A(x=1)
except TypeError as e:
    print(e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(1).x)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(e)
try:
    object.__init__(OnlyNew(1), 5)
except TypeError as e:
    print(e)
try:
    object()
    object(1)
except TypeError as e:
    print(e)
