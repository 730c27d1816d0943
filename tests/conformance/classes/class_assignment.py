class Cat:
    def sound(self): return "야옹"
class Dog:
    def sound(self): return "멍멍"
pet = Cat()
print(pet.sound(), type(pet).__name__)
pet.__class__ = Dog
print(pet.sound(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = 5
except TypeError as e:
    print(e)
try:
    pet.__class__ = int
except TypeError as e:
    print(e)
