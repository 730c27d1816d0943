class Weird:
    @property
    def broken(self):
        return self.missing
    def __getattr__(self, name):
        return f"__getattr__({name})"
w = Weird()
print(w.broken)
class Plain:
    @property
    def broken(self):
        raise AttributeError("진짜 없음")
try:
    Plain().broken
except AttributeError as e:
    print(e)
