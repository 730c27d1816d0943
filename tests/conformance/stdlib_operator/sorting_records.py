# itemgetter와 attrgetter로 성적표 정렬하기
from operator import itemgetter, attrgetter, methodcaller
import operator

records = [("mina", 3, 95), ("jun", 2, 88), ("ara", 3, 88), ("bo", 1, 70)]
print(sorted(records, key=itemgetter(2)))
print(sorted(records, key=itemgetter(1, 0)))
print(max(records, key=itemgetter(2)))
get_name = itemgetter(0)
print([get_name(r) for r in records])
print(list(map(itemgetter(1), records)))
inventory = {"apple": 3, "pear": 0, "kiwi": 7}
print(sorted(inventory.items(), key=itemgetter(1), reverse=True))

class Kid:
    def __init__(self, name, age, pet=None):
        self.name = name
        self.age = age
        self.pet = pet
    def hello(self, greeting="hi"):
        return greeting + ", " + self.name
    def __repr__(self):
        return "Kid(%r)" % self.name

class Pet:
    def __init__(self, kind):
        self.kind = kind

kids = [Kid("mina", 10, Pet("cat")), Kid("jun", 8, Pet("dog")), Kid("ara", 9, Pet("ant"))]
print(sorted(kids, key=attrgetter("age")))
print(sorted(kids, key=attrgetter("pet.kind")))
print([attrgetter("name", "pet.kind")(k) for k in kids])
print([methodcaller("hello")(k) for k in kids])
print(methodcaller("hello", greeting="bye")(kids[0]))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
attrgetter("height")(kids[0])
