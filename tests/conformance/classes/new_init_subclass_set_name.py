class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(name or cls.__name__)
class Audio(Plugin, name="audio"):
    pass
class Video(Plugin):
    pass
print(Plugin.registry)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Form:
    age = Field()
f = Form()
print(f.age)
f.age = 21
print(f.age, Form.age.name)
o = object()
print(type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
class Weird:
    def __new__(cls):
        return 42
print(Weird())
try:
    class Bad(Video, tag=1):
        pass
except TypeError as e:
    print(e)
