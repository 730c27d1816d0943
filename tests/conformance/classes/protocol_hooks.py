grid = {(0, 1): "a"}
print(grid[0, 1])
x: list[int] = [1]
print(list[int], dict[str, list[int]], x)
class Stack:
    def __class_getitem__(cls, item):
        return f"Stack of {item.__name__}"
print(Stack[int])
class F:
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __abs__(self): return "abs!"
print(float(F()), int(F()), abs(F()))
class Frozen:
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen()
f.x = 1
try:
    del f.x
except AttributeError as e:
    print(e)
print(float(object) if False else "ok")
try:
    float(object())
except TypeError as e:
    print(e)
