class Person:
    def __init__(self, age):
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError("나이는 0 이상")
        self._age = value
class Student(Person):
    @Person.age.setter
    def age(self, value):
        print("Student 검사", value)
        Person.age.fset(self, value)
s = Student(10)
print(s.age)
try:
    s.age = -5
except ValueError as e:
    print(e)
print(s.age, Person.age is Student.age)
