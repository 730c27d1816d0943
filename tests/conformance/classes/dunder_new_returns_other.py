class Weird:
    def __new__(cls):
        print("__new__")
        return 42
    def __init__(self):
        print("__init__ 안 불림")
w = Weird()
print(w)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init 매번")
a = Singleton()
b = Singleton()
print(a is b)
class Sub(Weird):
    pass
print(Sub())
