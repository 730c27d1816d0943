class Meta(type):
    greeting = "메타 인사"
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
print(A.greeting, A.describe(), A.upper_name)
try:
    A().describe()
except AttributeError as e:
    print(e)
print(hasattr(A(), "greeting"))
