class A:
    def __ne__(self, other):
        print("A.__ne__")
        return NotImplemented
class B:
    def __ne__(self, other):
        print("B.__ne__")
        return "B가 답함"
print(A() != B())
class C:
    def __eq__(self, other):
        print("C.__eq__")
        return NotImplemented
print(C() != C())
print(C() == 1)
