class Show:
    def __get__(self, obj, owner=None):
        return (None if obj is None else type(obj).__name__, owner.__name__)
class A:
    s = Show()
class B(A):
    pass
print(A.s, A().s, B.s, B().s)
print(A.__dict__["s"].__get__(None, B))
