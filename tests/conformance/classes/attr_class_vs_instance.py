class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.shared.append(Counter.total)
a = Counter()
b = Counter()
print(Counter.total, a.total, b.shared, a.shared is b.shared)
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
