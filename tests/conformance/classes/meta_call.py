class Counting(type):
    def __call__(cls, *args, **kwargs):
        print("만들기", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        cls.made = getattr(cls, "made", 0) + 1
        return obj
class Robot(metaclass=Counting):
    def __init__(self, name, speed=1):
        self.name = name
r1 = Robot("R1")
r2 = Robot("R2", speed=3)
print(Robot.made, r1.name, r2.name)
