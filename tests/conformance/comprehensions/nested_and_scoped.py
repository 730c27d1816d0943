grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[::-1] for row in grid])
flat = [n for row in grid for n in row if n % 2 == 1]
print(flat)
squares = {n: n * n for n in range(1, 6)}
print(squares)
print({n % 4 for n in [4, 8, 12]})
names = ["지민", "Ada", "Grace", "철수"]
print([name.upper() for name in names if len(name) > 2])
print({name: len(name) for name in names})
n = 100
print([n for n in range(3)], n)
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def late():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in late()])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted({len(w) for w in words}))
print([(w, len(w)) for w in words if len(w) == 5])
