class Shape:
    def __init__(self, *, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
class Sized:
    def __init__(self, *, width=1, height=1, **kwargs):
        super().__init__(**kwargs)
        self.width, self.height = width, height
class Box(Shape, Sized):
    def __init__(self, label, **kwargs):
        super().__init__(**kwargs)
        self.label = label
b = Box("상자", color="red", height=5)
print(b.label, b.color, b.width, b.height)
c = Box("기본")
print(vars(c))
