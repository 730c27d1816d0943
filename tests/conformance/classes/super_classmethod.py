class Base:
    @classmethod
    def create(cls, *args):
        print("Base.create", cls.__name__, args)
        return cls()
class Child(Base):
    @classmethod
    def create(cls, *args):
        print("Child.create", cls.__name__)
        return super().create(*args, "extra")
obj = Child.create(1, 2)
print(type(obj).__name__)
class GrandChild(Child):
    pass
print(type(GrandChild.create()).__name__)
