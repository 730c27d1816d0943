class Point:
    def __new__(cls, *args):
        print("Point.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    def __new__(cls, x, y, z):
        obj = super().__new__(cls, x, y)
        obj.z = z
        return obj
    def __init__(self, x, y, z):
        super().__init__(x, y)
p = Point3(1, 2, 3)
print(p.x, p.y, p.z)
