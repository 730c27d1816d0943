# __set__ 만 있는 디스크립터도 데이터 디스크립터다
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class C:
    x = SetOnly()
c = C()
c.x = 1
print(type(c.x).__name__)
c.__dict__["x"] = 99
print(type(c.x).__name__)
