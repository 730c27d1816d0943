def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(5)))
for x in count_up(3):
    print("x", x)
g = count_up(2)
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("stop")
print(sum(x * x for x in range(10)), list(c for c in "abc" if c != "b"), max(len(w) for w in ["a", "bbb"]))
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value, s.args)
def chain(*its):
    for it in its:
        result = yield from it
    return "chained"
print(list(chain([1, 2], range(3), count_up(2))))
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
gen = (i * 2 for i in range(3))
print(gen.__next__(), list(gen), list(gen))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print(type(c).__name__, [x for x in zip(count_up(3), fib())], dict(enumerate(count_up(2))))
def with_input():
    for i in range(2):
        yield i
print(sorted(with_input(), reverse=True))
