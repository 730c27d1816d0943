# 오른쪽 피연산자가 왼쪽의 서브클래스이고 반사 메서드를 재정의하면 먼저 불린다
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
    def __lt__(self, o):
        return "Base.__lt__"
    def __gt__(self, o):
        return "Base.__gt__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
    def __gt__(self, o):
        return "Sub.__gt__"
class Plain(Base):
    pass
print(Base() + Sub())
print(Sub() + Base())
print(Base() + Plain())
print(Base() < Sub())
print(Base() < Plain())
