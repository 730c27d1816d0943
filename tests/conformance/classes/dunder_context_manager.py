class Door:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("문 열기", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("문 닫기", self.name, et.__name__ if et else None)
        return et is KeyError
with Door("현관") as d:
    print("안에서", d.name)
with Door("창고"):
    raise KeyError("무시됨")
print("계속")
try:
    with Door("부엌"):
        1 / 0
except ZeroDivisionError as e:
    print("밖에서 잡음", e)
with Door("a") as a, Door("b") as b:
    print(a.name, b.name)
