# 데이터 디스크립터는 인스턴스 __dict__ 보다 먼저
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d)
print(c.n)
c.d = 5
print(c.__dict__)
