class Animal:
    pass
class Dog(Animal):
    pass
print(Dog.__mro__)
print(Animal.__mro__)
print(object.__mro__)
print(Dog.__bases__, Animal.__bases__, object.__bases__)
print(Dog.__base__, Animal.__base__, object.__base__)
