try:
    class Both(int, str):
        pass
except TypeError as e:
    print(e)
try:
    class LD(list, dict):
        pass
except TypeError as e:
    print(e)
class MyList(list): pass
class MyList2(MyList): pass
print([c.__name__ for c in MyList2.__mro__])
