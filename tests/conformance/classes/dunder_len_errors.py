class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class Big:
    def __len__(self): return True
print(len(Big()))
