# 협력적 다중 상속: **kwargs 를 넘기며 모두가 한 번씩
class Base:
    def __init__(self, **kwargs):
        print("Base 남은 인자:", kwargs)
        super().__init__(**kwargs)
class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named", name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged", age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    pass
p = Person(name="민지", age=12)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
try:
    Person(name="x", age=1, color="blue")
except TypeError as e:
    print(e)
