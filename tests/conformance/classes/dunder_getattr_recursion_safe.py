class Wrapper:
    def __init__(self, inner):
        self._inner = inner
    def __getattr__(self, name):
        print("위임", name)
        return getattr(self._inner, name)
w = Wrapper([3, 1, 2])
w.sort()
print(w._inner, w.count(1))
try:
    w.nothing
except AttributeError as e:
    print(e)
