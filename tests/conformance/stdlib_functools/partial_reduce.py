# partial과 reduce
from functools import partial, reduce
import operator

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print([two_to(n) for n in range(6)])
deeper = partial(partial(power, 2), exp=10)
print(deeper(), deeper.args, deeper.keywords)
print(partial(max, 1, key=abs))
print(partial(max, 5)(3, 9))

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 10))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["hi", "there"], 0))
digits = [2, 0, 2, 4]
print(reduce(lambda a, d: a * 10 + d, digits))

for action in [lambda: reduce(operator.add, 5), lambda: partial(5), lambda: partial()]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", type(e).__name__)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(e)
reduce(operator.add, [])
