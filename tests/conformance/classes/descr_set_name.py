class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "없음")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Student:
    name = Field()
    grade = Field()
s = Student()
print(s.name)
s.name = "유나"
s.grade = 4
print(s.name, s.grade, sorted(vars(s)))
print(type(Student.name).__name__)
