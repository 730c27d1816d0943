class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("made", cls.__name__, cls.__qualname__)
        return cls
class Outer:
    class Inner(metaclass=Meta):
        pass
    def make(self):
        class Local(metaclass=Meta):
            pass
        return Local
print(Outer.Inner.__qualname__, Outer().make().__qualname__)
Dyn = Meta("Dyn", (), {})
print(Dyn.__qualname__)
Dyn2 = type("Dyn2", (), {"__qualname__": "Custom.Q"})
print(Dyn2.__qualname__, Dyn2.__name__)
