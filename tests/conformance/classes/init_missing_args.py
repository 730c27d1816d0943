class Pet:
    def __init__(self, name, kind="강아지"):
        self.name, self.kind = name, kind
try:
    Pet()
except TypeError as e:
    print(e)
try:
    Pet("a", "b", "c")
except TypeError as e:
    print(e)
try:
    Pet("a", colour="b")
except TypeError as e:
    print(e)
p = Pet("초코")
try:
    p.__init__()
except TypeError as e:
    print(e)
class M:
    def method(self, x): return x
try:
    M().method()
except TypeError as e:
    print(e)
try:
    M.method(1)
except TypeError as e:
    print(e)
