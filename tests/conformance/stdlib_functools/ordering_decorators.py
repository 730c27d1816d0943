# total_ordering, cmp_to_key, wraps, cached_property, singledispatch
from functools import total_ordering, cmp_to_key, wraps, cached_property, singledispatch

@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score
    def __eq__(self, other):
        return self.score == other.score
    def __lt__(self, other):
        return self.score < other.score
    def __repr__(self):
        return "Grade(%d)" % self.score

a, b = Grade(80), Grade(90)
print(a < b, a > b, a <= b, a >= b, a <= Grade(80), a >= Grade(80))
print(max(a, b), sorted([b, a, Grade(85)]))

@total_ordering
class Height:
    def __init__(self, cm):
        self.cm = cm
    def __eq__(self, other):
        return self.cm == other.cm
    def __ge__(self, other):
        return self.cm >= other.cm

print(Height(150) < Height(160), Height(150) > Height(160), Height(150) <= Height(150))
try:
    @total_ordering
    class Plain:
        pass
except ValueError as e:
    print("ValueError:", e)

def by_length_then_abc(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

print(sorted(["pear", "fig", "apple", "kiwi"], key=cmp_to_key(by_length_then_abc)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))

def shout(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("mina"))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)

@singledispatch
def describe(x):
    return "something"

@describe.register(int)
def _(x):
    return "an int " + str(x)

@describe.register(list)
def _(x):
    return "a list of " + str(len(x))

print(describe(3), describe([1, 2]), describe("s"), describe(True), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int))
