# What type(), __mro__ and __bases__ say about subclasses of built-ins
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class Deeper(MyInt): pass
for cls in (MyInt, MyStr, MyFloat, Deeper):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], cls.__bases__)
print(issubclass(Deeper, int), isinstance(Deeper(3), MyInt), Deeper(3) + 1)
print(type(Deeper(3)) is Deeper, Deeper(3).__class__.__name__)
