class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super(B).__get__(self).f() if False else "B" + super().f()
s = super(B)
print(type(s).__name__)
print(B().f())
