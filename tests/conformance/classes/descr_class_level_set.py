# 클래스에 대입하면 디스크립터가 그냥 바뀐다
class Loud:
    def __get__(self, obj, owner):
        return "loud"
    def __set__(self, obj, value):
        print("instance set", value)
class C:
    x = Loud()
C().x = 1
C.x = "plain"
print(C.x, C().x)
