class Idx:
    def __init__(self, n): self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
print([10, 20, 30][i], "hello"[i], bin(i), hex(i), oct(i))
print([1, 2, 3, 4][Idx(1):Idx(3)], range(Idx(4)))
print(int(Idx(7)), float(Idx(7)) if False else "")
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(e)
pair = [1, 2]
try:
    pair["0"]
except TypeError as e:
    print(e)
