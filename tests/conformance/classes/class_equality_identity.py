class P:
    def __init__(self, x): self.x = x
a, b = P(1), P(1)
print(a == b, a is b, a != b)
c = a
print(a == c, a is c)
class Q(P):
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(Q(1) == P(1), P(1) == Q(1))
print([a].index(a), P(1) in [a])
