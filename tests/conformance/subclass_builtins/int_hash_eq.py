# __eq__ and __hash__ overrides, and dict keys
class Mod10(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10
    def __hash__(self):
        return hash(int(self) % 10)
print(Mod10(13) == 3, Mod10(13) == 23, Mod10(13) != 4)
d = {Mod10(5): 'five'}
print(d[Mod10(15)], Mod10(25) in d)
class Plain(int):
    pass
print({Plain(1): 'x'}[1], {1: 'y'}[Plain(1)], hash(Plain(7)) == hash(7))
print({Plain(2), 2, 2.0})
