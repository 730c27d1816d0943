def f(a, b=2, *, c):
    return a + b + c
print(f(1, c=3))
print(f(1, 5, c=3))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=1, d=2)
except TypeError as e:
    print(e)
try:
    f(1, a=1, c=2)
except TypeError as e:
    print(e)
def g(x, /, y):
    return x - y
print(g(5, y=2))
try:
    g(x=5, y=2)
except TypeError as e:
    print(e)
f()
