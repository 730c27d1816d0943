class Calc:
    def __init__(self, base): self.base = base
    def add(self, x): return self.base + x
c = Calc(10)
ops = [c.add, Calc(100).add]
print([op(1) for op in ops])
unbound = Calc.add
print(unbound(c, 5))
print(sorted([Calc(3), Calc(1), Calc(2)], key=lambda o: o.base)[0].base)
print(list(map(Calc(1).add, range(3))))
