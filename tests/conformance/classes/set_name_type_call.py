class Hook:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
T = type("T", (), {"h": Hook(), "v": 1})
class Err:
    def __set_name__(self, owner, name):
        raise ValueError("실패 " + name)
try:
    class Bad:
        e = Err()
except Exception as ex:
    print(type(ex).__name__, ex)
