class Interface(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        required = getattr(cls, "required", ())
        missing = [m for m in required if m not in ns and bases]
        if missing:
            raise TypeError(f"{name}에 {', '.join(missing)} 가 없어요")
        return cls
class Animal(metaclass=Interface):
    required = ("speak", "move")
class Dog(Animal):
    def speak(self): return "멍"
    def move(self): return "뛰기"
try:
    class Fish(Animal):
        def move(self): return "헤엄"
except TypeError as e:
    print(e)
print(Dog().speak())
