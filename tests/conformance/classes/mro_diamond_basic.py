# 다이아몬드 상속: A를 공통 조상으로 B와 C가 갈라지고 D가 다시 합친다
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B"
class C(A):
    def hello(self):
        return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print(D().hello())
print(D.mro() == list(D.__mro__))
