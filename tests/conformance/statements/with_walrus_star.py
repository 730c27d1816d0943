class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind, value)
        return kind is ValueError
with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise ValueError("swallowed")
print("after b")
try:
    with Timer("c"), Timer("d") as d:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    for i in range(3):
        with Timer(str(i)):
            if i == 1:
                return "returned"
print(f())
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4], y)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, *middle, b = range(6)
print(first, rest, init, last, a, middle, b)
head, *tail = [1]
print(head, tail)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
with (Timer("p") as p, Timer("q")):
    pass
