class A:
    def f(self):
        return 1
a = A()
print(a.f == a.f, a.f is a.f)
print(a.f.__self__ is a, a.f.__func__ is A.f)
print(A.f.__name__, a.f.__name__, A.f.__qualname__)
m = a.f
print(m())
b = A()
print(a.f == b.f)
