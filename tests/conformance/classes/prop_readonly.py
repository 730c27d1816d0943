class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2
c = Circle(3)
print(c.diameter)
try:
    c.diameter = 10
except AttributeError as e:
    print(e)
try:
    del c.diameter
except AttributeError as e:
    print(e)
