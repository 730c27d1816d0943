class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 70
print(type(hash(BigHash())).__name__)
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
