class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self):
        print("Config 초기화")
        self.values = {}
a = Config()
b = Config()
a.values["x"] = 1
print(a is b, b.values)
