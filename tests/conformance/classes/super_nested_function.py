class A:
    def greet(self, who):
        return f"A greets {who}"
class B(A):
    def greet(self, who):
        def inner():
            return super(B, self).greet(who)
        return "B: " + inner()
    def lazy(self):
        return [super().greet(n) for n in ("x", "y")]
print(B().greet("민수"))
try:
    print(B().lazy())
except TypeError as e:
    print("comprehension:", e)
