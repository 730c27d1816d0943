class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value)
class Checked(Logged):
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("나이는 음수가 될 수 없어요")
        super().__setattr__(name, value)
c = Checked()
c.age = 10
c.name = "하늘"
try:
    c.age = -1
except ValueError as e:
    print(e)
print(c.__dict__)
