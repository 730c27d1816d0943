# 비데이터 디스크립터: 처음 한 번만 계산하고 인스턴스에 저장
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("계산 중:", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @lazy
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
print(c.area)
print(type(Circle.area).__name__, "area" in vars(c))
del c.area
print(c.area)
