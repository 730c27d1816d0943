class Student:
    count = 0
    def __init__(self, name):
        Student.count += 1
        self.id = Student.count
        self.name = name
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def is_valid(name):
        return len(name) > 0
s1 = Student("가")
s2 = Student("나")
print(Student.how_many(), s1.id, s2.id, Student.is_valid(""), s2.is_valid("x"))
