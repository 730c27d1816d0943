# namedtuple로 학생 기록 만들기
from collections import namedtuple

Student = namedtuple("Student", ["name", "grade", "score"])
mina = Student("Mina", 3, 95)
jun = Student(name="Jun", grade=2, score=88)
print(mina)
print(jun.name, jun[1], jun.score)
name, grade, score = mina
print(name, grade, score)
print(len(mina), list(mina), mina == ("Mina", 3, 95), ("Mina", 3, 95) == mina)
print(mina._asdict())
print(mina._replace(score=100), mina)
print(Student._fields, Student._make(["Ara", 1, 77]))
print(mina[-1], mina[:2], 95 in mina, mina.index(3), mina.count(95))

records = [Student("Bo", 2, 70), mina, jun, Student("Ara", 1, 95)]
for s in sorted(records, key=lambda s: (-s.score, s.name)):
    print(s.name, s.score)
print(max(records, key=lambda s: s.score).name)
print(sorted([Student("b", 1, 1), Student("a", 2, 2)]))

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, Point._field_defaults, Point.__doc__, p + (7,), p * 2)
print({p: "here"}[Point(1, 2, 0)], p != Point(1, 2, 3))
print(namedtuple("Row", "a, b def", rename=True)._fields)

for action in [lambda: Student("x", 1), lambda: Student("x", 1, 2, 3),
               lambda: Student("x", 1, 2, age=3), lambda: Student._make([1]),
               lambda: mina._replace(age=9), lambda: namedtuple("P", "x def"),
               lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x _y"),
               lambda: namedtuple("P", "x y", defaults=(1, 2, 3)), lambda: Point(),
               lambda: Point(1, x=2), lambda: Point(1, 2, 3, 4), lambda: mina[7]]:
    try:
        action()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

mina.score = 50
