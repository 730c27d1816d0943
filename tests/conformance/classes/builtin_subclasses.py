class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.name = "my stack"
print(s, len(s), s.peek(), s.name, isinstance(s, list), type(s).__name__, s == [1, 2, 3], sorted(s, reverse=True))
for x in s:
    print("item", x)
print(s + [4], s * 2, 3 in s, s[1:], list(s), bool(Stack()))
class Scores(dict):
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(self.values())
d = Scores(a=1)
d["b"] = 5
print(d, d.total(), d["a"], len(d), isinstance(d, dict), dict(d), {**d}, sorted(d))
class LoudDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
ld = LoudDict()
ld["x"] = 1
print(ld)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple), tuple(p), hash(p) == hash((3, 4)))
a, b = p
print(a, b)
class Counter(dict):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
print(Counter("hello"))
class Bad(list, dict):
    pass
