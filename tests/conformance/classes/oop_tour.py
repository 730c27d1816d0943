class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name):
        super().__init__(name, "멍멍")
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def speak(self):
        return super().speak() + "!"
d = Dog("바둑이")
d.add_trick("sit").add_trick("roll")
print(d.speak(), d.tricks, d.kind, Animal.kind, Animal.count)
print(d, [d], isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
print(Dog.__mro__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter([self.x, self.y])
v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), v != Vector(4, 6), len(v), v[0], list(v))
try:
    hash(v)
except TypeError as e:
    print(e)
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value
    @staticmethod
    def info():
        return "static"
    @classmethod
    def make(cls):
        return cls()
t = Temperature.make()
t.celsius = 25
print(t.celsius, Temperature.info(), t.info())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
class MyError(Exception):
    pass
class CodeError(MyError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise CodeError(42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print([x for x in Counter(3)])
for x in Counter(2):
    print("tick", x)
class Empty:
    pass
e = Empty()
e.value = 5
print(e.value, hasattr(e, "value"), hasattr(e, "nope"), getattr(e, "nope", "default"))
try:
    e.missing
except AttributeError as err:
    print(err)
print(Empty, Empty.__name__, Empty.__qualname__)
raise CodeError(7)
