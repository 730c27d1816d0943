class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", obj)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even))
print(issubclass(bool, Even), issubclass(str, Even))
print(isinstance(5, (str, Even)))
