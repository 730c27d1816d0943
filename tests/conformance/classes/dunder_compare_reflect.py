class Only_lt:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
a, b = Only_lt(1), Only_lt(2)
print(a < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print(e)
class E:
    pass
print(E() == E(), E() != E())
e = E()
print(e == e, e != e)
