class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self): return "7"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class Nothing: pass
try:
    int(Nothing())
except TypeError as e:
    print(e)
try:
    float(Nothing())
except TypeError as e:
    print(e)
