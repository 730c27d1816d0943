class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, owner):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public}는 양수여야 해요: {value}")
        setattr(obj, self.private, value)
class Rect:
    w = Positive()
    h = Positive()
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
r = Rect(3, 4)
print(r.area)
try:
    r.h = -2
except ValueError as e:
    print(e)
print(r.h)
