def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: 'x')())
def f(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, kw]
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def g(a, /, b):
    return a + b
print(g(1, b=2))
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())
def deco(fn):
    def wrapper(*args):
        print("calling", fn.__name__ if False else "fn")
        return fn(*args) if False else fn(args[0])
    return wrapper
@deco
def sq(n):
    return n * n
print(sq(7))
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print(fs[2]())
def kwonly(*, key):
    return key
print(kwonly(key=5))
