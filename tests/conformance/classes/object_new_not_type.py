try:
    object.__new__(3)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class A: pass
a = object.__new__(A)
print(type(a).__name__)
