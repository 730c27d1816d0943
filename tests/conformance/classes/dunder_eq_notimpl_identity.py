class A:
    def __eq__(self, o):
        return NotImplemented
a = A()
print(a == a, a == A(), a != a)
print([a].count(a), a in [a], A() in [a])
