class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (동적)"
    def __setattr__(cls, name, value):
        print("class setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("class delattr", name)
        super().__delattr__(name)
class A(metaclass=Meta):
    real = 1
print(A.real, A.virtual)
A.x = 5
print(A.x)
del A.x
print(A.x)
