# bool cannot be subclassed; int and str together conflict
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
class Fine(int):
    pass
print(Fine(True), type(Fine(True)).__name__)
