# Generator expressions chained into a pipeline, consumed lazily by sum, any, next and zip.
numbers = range(1, 1001)
evens = (n for n in numbers if n % 2 == 0)
squares = (n * n for n in evens)
small = (s for s in squares if s < 10_000)
print(sum(small))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(zip(countdown(5), "abcde")))
print(any(n > 3 for n in countdown(5)), all(n > 3 for n in countdown(5)))
first_big = next(n for n in countdown(100) if n % 17 == 0)
print(first_big, next((n for n in countdown(3) if n > 10), "없음"))
lines = (f"{i}번째 줄" for i in range(3))
print(" / ".join(lines), max((len(w), w) for w in ["하나", "둘", "셋넷다섯"]))
