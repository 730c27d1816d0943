def hello(self, who):
    return f"{self.name} says hi to {who}"
class P:
    def __init__(self, name):
        self.name = name
p = P("서준")
bound = hello.__get__(p)
print(bound("민호"))
print(bound.__self__ is p, bound.__func__ is hello)
print(hello.__get__(None, P) is hello)
P.hello = hello
print(p.hello("지아"))
print(type(p.hello).__name__, type(P.hello).__name__)
