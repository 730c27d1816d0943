x = "global"
class A:
    x = "class"
    y = x + "!"
    def f(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().f(), A.z)
class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = list(map(lambda v: v * 2, items))
print(B.total, B.doubled)
