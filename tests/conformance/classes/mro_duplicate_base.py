class A: pass
try:
    class B(A, A): pass
except TypeError as e:
    print(e)
try:
    type("C", (A, A), {})
except TypeError as e:
    print(e)
class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
class R2(Q, P): pass
print([c.__name__ for c in R2.__mro__])
