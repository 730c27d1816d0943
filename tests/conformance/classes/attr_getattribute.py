class Spy:
    def __init__(self):
        self.secret = 1
    def __getattribute__(self, name):
        print("보는 중:", name)
        if name == "hidden":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
s = Spy()
print(s.secret)
print(s.hidden)
print(s.__class__.__name__)
