# 인스턴스의 __dict__ 를 통째로 바꾸기
class Pet:
    def __init__(self, name):
        self.name = name
p = Pet("보리")
print(p.__dict__)
p.__dict__ = {"name": "새 이름", "age": 2}
print(p.name, p.age, vars(p))
try:
    p.__dict__ = [1, 2]
except TypeError as e:
    print(e)
print(p.name)
