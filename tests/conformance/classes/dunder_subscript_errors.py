class NoGet: pass
try:
    NoGet()[0]
except TypeError as e:
    print(e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoGet()[0]
except TypeError as e:
    print(e)
class OnlyGet:
    def __getitem__(self, k): return k
try:
    OnlyGet()[0] = 1
except TypeError as e:
    print(e)
try:
    NoGet[0]
except TypeError as e:
    print(e)
