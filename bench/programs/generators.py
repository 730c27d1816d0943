# Generator pipelines: numbers flow through several generator functions and generator
# expressions (filter, map, window, chunk) and are summed; also yield from and send().
# Exercises: generator creation and resumption, yield from, sum/any/all/zip over generators.
import sys


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def only_odd(numbers):
    for n in numbers:
        if n % 2:
            yield n


def squared(numbers):
    for n in numbers:
        yield n * n


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for part in nested:
        yield from part


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def main(n):
    print("sum of odd squares:", sum(squared(only_odd(naturals(n)))))
    print("windows:", sum(a * b - c for a, b, c in windows(naturals(n), 3)) % 1000000007)
    print("chunk sums:", sum(max(c) for c in chunks(naturals(n), 7)))
    print("flattened:", sum(flatten(chunks(naturals(n), 5))))
    print("any > n:", any(x > n for x in naturals(n)), "all >= 0:", all(x >= 0 for x in naturals(n)))
    avg = running_average()
    next(avg)
    last = None
    for x in naturals(n // 2):
        last = avg.send(x * 3)
    print("running average:", last)
    pipeline = (x * 2 for x in (y + 1 for y in range(n)) if x % 3)
    print("nested expressions:", sum(pipeline))
    zipped = sum(a * b for a, b in zip(naturals(n), squared(naturals(n)))) % 999983
    print("zipped:", zipped)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
