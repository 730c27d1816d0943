class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    pass
print(Registry.classes, type(Child).__name__, Child.describe(), Base.tag, isinstance(Child, Registry))
print(Child, Child.__mro__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)
class Iterable(type):
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
    def __getitem__(cls, i):
        return cls.members[i]
class Colors(metaclass=Iterable):
    members = ["red", "green"]
print(list(Colors), len(Colors), Colors[1], "red" in Colors)
Point = type("Point", (), {"x": 1, "show": lambda self: f"P{self.x}"})
print(Point().show(), Point.__name__, type(Point))
Dynamic = Registry("Dynamic", (), {})
print(Dynamic, Registry.classes[-1])
class A(type): pass
class B(type): pass
class X(metaclass=A): pass
class Y(metaclass=B): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
