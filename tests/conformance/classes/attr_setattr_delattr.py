class ReadOnlyAfterInit:
    def __init__(self, x):
        self.x = x
        self._frozen = True
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{name}는 바꿀 수 없어요")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        raise AttributeError(f"{name}는 지울 수 없어요")
r = ReadOnlyAfterInit(3)
print(r.x)
try:
    r.x = 4
except AttributeError as e:
    print(e)
try:
    del r.x
except AttributeError as e:
    print(e)
setattr_ok = True
try:
    setattr(r, "y", 1)
except AttributeError as e:
    print(e)
