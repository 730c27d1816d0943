a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), {*a, *b}, [*"hi"], {**{"x": 1}, "y": 2, **{"x": 3}})
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(dict(M()), {**M()})
def f(**kw):
    return kw
print(f(**M()), f(**{"a": 1}, b=2))
d = {}
d.update(M())
print(d)
d = {1: 2}
d[2] = d
print(d)
print(int("ff", 16), int("0b101", 0), int("z", 36), int("11", base=2), int("-0o17", 8))
r = range(0, 20, 2)
print(r[2:5], r[::-1], list(r[1::3]), r[-3:])
try:
    int("12", 50)
except ValueError as e:
    print(e)
try:
    f(**5)
except TypeError as e:
    print(e)
