# Closures and decorators: counters and accumulators made by closures, nonlocal updates,
# decorators with and without arguments (call counting, memoizing, validating), functools.wraps.
# Exercises: cell variables, nested function creation, *args/**kwargs forwarding.
import functools
import sys


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_adder(n):
    return lambda x: x + n


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


def clamp(low, high):
    def decorator(func):
        def wrapper(*args):
            result = func(*args)
            return max(low, min(high, result))
        return wrapper
    return decorator


@counted
def area(width, height=1):
    return width * height


@memoize
def ways(n):
    # ways to climb n stairs taking 1, 2 or 3 steps at a time
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@clamp(0, 100)
def percent(part, whole):
    return part * 100 // whole


def main(n):
    counters = [make_counter(k) for k in range(1, 6)]
    for _ in range(n):
        for c in counters:
            c()
    print("counters:", [c() for c in counters])
    add_all = compose(*[make_adder(k) for k in range(10)])
    print("composed:", sum(add_all(i) for i in range(n)))
    total = 0
    for i in range(n):
        total += area(i % 13, height=i % 7) + area(i % 5)
    print("area:", total, "calls:", area.calls, "name:", area.__name__)
    print("ways(300) mod 1e9+7:", ways(300) % 1000000007)
    print("percent:", sum(percent(i, 37) for i in range(n)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
