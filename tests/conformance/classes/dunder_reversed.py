class Line:
    def __init__(self, *xs): self.xs = xs
    def __reversed__(self):
        print("__reversed__")
        return iter(self.xs[::-1])
print(list(reversed(Line(1, 2, 3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
class NoRev:
    pass
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
