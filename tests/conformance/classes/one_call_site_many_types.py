# One method call site sees objects of many types in turn: built-in types, subclasses that
# override the method, instances that shadow it, and a class changed while the loop runs.
class LoudList(list):
    def append(self, item):
        print("  LoudList.append", item)
        super().append(item * 10)


class Box:
    def append(self, item):
        print("  Box.append", item)


things = [[], LoudList(), [], Box(), LoudList(), []]
for thing in things:
    thing.append(1)
    print(type(thing).__name__, thing if not isinstance(thing, Box) else "box")

words = ["Hello", "WORLD", "MiXeD", b"Bytes", "끝"]
for w in words:
    print(repr(w.lower()), repr(w.upper()))

shadow = Box()
shadow.append = lambda item: print("  instance attribute wins", item)
for b in [Box(), shadow, Box()]:
    b.append(2)

for round_number in range(3):
    if round_number == 1:
        Box.append = lambda self, item: print("  replaced on the class", item)
    Box().append(round_number)

counts = [{}, {"a": 1}, dict(b=2)]
for d in counts:
    print(d.get("a", 0), d.get("b", 0), sorted(d.keys()))
