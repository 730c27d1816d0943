class A:
    pass
class B:
    pass
try:
    super(A, B())
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
try:
    super(A, 3)
except TypeError as e:
    print(e)
try:
    super(3, A())
except TypeError as e:
    print(e)
