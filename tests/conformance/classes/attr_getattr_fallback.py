class Dynamic:
    real = "진짜"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__} has no {name}")
d = Dynamic()
print(d.real, d.auto_hello)
print(getattr(d, "nope", "기본값"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print(e)
