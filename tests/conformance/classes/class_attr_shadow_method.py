# 인스턴스 속성이 메서드를 가릴 때
class Dog:
    def bark(self):
        return "멍"
d = Dog()
print(d.bark())
d.bark = lambda: "왈"
print(d.bark(), Dog().bark())
del d.bark
print(d.bark())
Dog.bark = lambda self: "컹"
print(d.bark())
