print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)})
print({k: v for k, v in [('a', 1), ('b', 2)]})
words = ["사과", "바나나", "키위"]
print({w: len(w) for w in words})
def f(n):
    return [i * n for i in range(3)]
print(f(5))
matrix = [[1, 2], [3, 4]]
