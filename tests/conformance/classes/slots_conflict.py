try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(e)
