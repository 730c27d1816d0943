class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name)
class Grand(Child):
    @property
    def name(self):
        return "grand / " + super().name
print(Grand().name)
