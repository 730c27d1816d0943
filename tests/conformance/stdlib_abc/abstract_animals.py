# 추상 메서드가 여러 층으로 상속될 때
from abc import ABC, abstractmethod

class Animal(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    @abstractmethod
    def sound(self):
        ...

    @abstractmethod
    def move(self):
        ...

    @classmethod
    def made(cls):
        return cls.count

    @staticmethod
    def kingdom():
        return "Animalia"

class Bird(Animal):
    def move(self):
        return "fly"

class Duck(Bird):
    def sound(self):
        return "quack"

class Penguin(Bird):
    def sound(self):
        return "squawk"
    def move(self):
        return "waddle"

class Robot:
    pass

for cls in [Animal, Bird, Duck, Penguin]:
    try:
        a = cls("friend")
        print(cls.__name__, "ok:", a.name, a.sound(), a.move())
    except TypeError as err:
        print(cls.__name__, "TypeError:", err)
print(Animal.made(), Animal.kingdom(), Duck("d").kingdom())
print(isinstance(Duck("x"), Animal), isinstance(Robot(), Animal))
print(Duck.__abstractmethods__, len(Bird.__abstractmethods__))

class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def run(self):
        ...

class Hello(Plugin):
    def run(self):
        return "hello!"

class Broken(Plugin):
    pass

print(Plugin.registry, Hello().run())
try:
    Broken()
except TypeError as err:
    print(err)
