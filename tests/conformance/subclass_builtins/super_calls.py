# Methods of a subclass can call the built-in ones through super()
class Title(str):
    def upper(self):
        return 'UP:' + super().upper()
    def __getitem__(self, i):
        return 'item ' + super().__getitem__(i)
t = Title('abc')
print(t.upper(), t[1], t.lower())
class Clamp(int):
    def __add__(self, other):
        return Clamp(min(100, super().__add__(other)))
print(Clamp(90) + 20, type(Clamp(90) + 20).__name__, Clamp(1) + 1)
class Half(float):
    def __truediv__(self, other):
        return Half(super().__truediv__(other) / 2)
print(Half(8.0) / 2)
