class Person:
    def __init__(self, name):
        print("Person.__init__", name)
        self.name = name
class Student(Person):
    def __init__(self, name, school):
        super().__init__(name)
        print("Student.__init__", school)
        self.school = school
class Kid(Student):
    def __init__(self, name, school, grade):
        super().__init__(name, school)
        self.grade = grade
k = Kid("지우", "새싹초", 3)
print(vars(k))
