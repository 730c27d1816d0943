class Loud:
    def speak(self):
        return super().speak().upper() + "!"
class Polite:
    def speak(self):
        return "please, " + super().speak()
class Dog:
    def speak(self):
        return "woof"
class A(Loud, Polite, Dog): pass
class B(Polite, Loud, Dog): pass
print(A().speak())
print(B().speak())
