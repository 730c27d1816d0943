print(type(5).__name__, type("a") is str, type(type) is type)
T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
print(T.x, T().hello(), T.__name__, T.__bases__)
try:
    type("X", 5, {})
except TypeError as e:
    print(e)
try:
    type("X", (), 5)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
