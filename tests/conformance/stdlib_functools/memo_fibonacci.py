# lru_cache로 피보나치를 빠르게
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(15)])
print(fib(90))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

@lru_cache
def square(x):
    print("computing", x)
    return x * x

print(square(3), square(3), square(4), square.cache_info())

@lru_cache(maxsize=2)
def tenfold(x):
    return x * 10

for x in [1, 2, 1, 3, 2, 1]:
    tenfold(x)
print(tenfold.cache_info(), tenfold.cache_parameters())

@cache
def stairs(n):
    """Ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)

print(stairs(30), stairs.cache_info())
info = stairs.cache_info()
print(info.hits, info.misses, info[3])

class Shop:
    @lru_cache(maxsize=None)
    def price(self, item):
        return len(item) * 100

shop = Shop()
print(shop.price("apple"), shop.price("apple"), Shop.price.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
