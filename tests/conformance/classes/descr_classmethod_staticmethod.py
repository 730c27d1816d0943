class Tool:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls
    @staticmethod
    def add(a, b):
        return a + b
print(Tool.make().__name__, Tool().make().__name__, Tool.count)
print(Tool.add(2, 3), Tool().add(4, 5))
sm = Tool.__dict__["add"]
cm = Tool.__dict__["make"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(1, 1), cm.__func__(Tool).__name__)
print(sm(10, 20))
