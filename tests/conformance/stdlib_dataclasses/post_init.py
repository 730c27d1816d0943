# __post_init__, InitVar, ClassVar, 상속
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar, List

@dataclass
class Student:
    name: str
    scores: List[int] = field(default_factory=list)
    average: float = field(init=False)
    school: ClassVar[str] = "새싹 초등학교"

    def __post_init__(self):
        self.average = sum(self.scores) / len(self.scores) if self.scores else 0.0

s = Student("Jun", [90, 80, 85])
print(s, Student.school, Student("Empty"))
print([f.name for f in fields(Student)])

@dataclass
class Rect:
    width: int
    height: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale

print(Rect(2, 3), Rect(2, 3, 10), [f.name for f in fields(Rect)])

@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0

d = Dog("Bori", tricks=3)
print(d, d.speak(), Dog.__match_args__)
print(isinstance(d, Animal), Animal("Nabi").speak())

@dataclass
class Node:
    value: int
    next: "Node" = None

n = Node(1, Node(2))
n.next.next = n
print(n)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as err:
    print("TypeError:", err)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as err:
    print("ValueError:", err)
try:
    field(default=1, default_factory=list)
except ValueError as err:
    print("ValueError:", err)
print(Student.__doc__ is None, Rect.__doc__)
Rect(1)
