class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError("끝")
        return i * i
print(list(Squares()))
print([x for x in Squares() if x % 2])
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
print(sorted(Squares(), reverse=True), sum(Squares()), max(Squares()))
a, b, *rest = Squares()
print(a, b, rest)
