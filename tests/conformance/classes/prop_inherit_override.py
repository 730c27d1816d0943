class Base:
    @property
    def value(self):
        return 1
class Child(Base):
    @Base.value.setter
    def value(self, v):
        print("Child setter", v)
c = Child()
print(c.value)
c.value = 5
print(Base.value.fset, Child.value.fset.__name__)
