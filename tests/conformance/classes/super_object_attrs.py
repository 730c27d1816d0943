class A:
    x = 1
class B(A):
    x = 2
    def show(self):
        s = super()
        print(s.x)
        print(type(s).__name__)
        print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
B().show()
