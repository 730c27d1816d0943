class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key("a"): 1}
d[Key("a")] = 2
print(len(d), d[Key("a")])
print(len({Key(1), Key(1), Key(2)}))
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
