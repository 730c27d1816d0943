# __getattribute__ 로 속성 읽기 횟수 세기
class Counted:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
        self.value = 10
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
c = Counted()
print(c.value, c.value + 1)
print(c.reads)
try:
    c.missing
except AttributeError as e:
    print(e)
print(c.reads)
