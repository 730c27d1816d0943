class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
try:
    class F(D, E): pass
except TypeError as e:
    print(e)
try:
    class G(A, B): pass
except TypeError as e:
    print(e)
class H(B, A): pass
print([k.__name__ for k in H.__mro__])
