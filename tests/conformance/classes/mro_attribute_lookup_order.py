class A:
    color = "빨강"
    size = 1
class B(A):
    size = 2
class C(A):
    color = "파랑"
    size = 3
class D(B, C):
    pass
d = D()
print(d.color, d.size)
d.size = 10
print(d.size, D.size, d.__dict__)
del d.size
print(d.size)
C.color = "초록"
print(d.color)
