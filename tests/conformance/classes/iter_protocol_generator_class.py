class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(30)
print(list(f), list(f))
it = iter(f)
print(next(it), next(it), next(it))
for x in f:
    if x > 5:
        break
    print("작은 수", x)
print(sum(Fib(100)), max(Fib(100)), 13 in Fib(100))
