x: int = 5
y: str
print(x, __annotations__)
class P:
    name: str = "n"
    age: int
print(P.__annotations__, P.name)
def f(a: int, b: "str" = "q") -> bool:
    c: float = 1.5
    return c
print(f(1))
try:
    print(y)
except NameError as e:
    print(e)
