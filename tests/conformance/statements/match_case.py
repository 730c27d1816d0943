def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello" | "안녕":
            return "greeting"
        case str(s):
            return f"text {s!r}"
        case []:
            return "empty list"
        case [first]:
            return f"one item {first}"
        case [first, *rest]:
            return f"list starting {first} then {rest}"
        case {"name": name, "age": age}:
            return f"person {name} {age}"
        case {"type": "point", **others}:
            return f"point {others}"
        case None:
            return "nothing"
        case _:
            return "something else"
for v in [0, 2, -5, 3.5, "hello", "bye", [], [9], [1, 2, 3], {"name": "Ada", "age": 36}, {"type": "point", "x": 1}, None, (1,), {1}]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) as pt if x == y:
            return f"diagonal {pt.x}"
        case Point():
            return "somewhere"
        case (a, b):
            return f"tuple {a} {b}"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (7, 8), 5]])
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match 5:
    case x:
        print("captured", x)
