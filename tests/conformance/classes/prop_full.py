class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "섭씨 온도"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
t = Temperature()
t.celsius = 25
print(t.celsius)
del t.celsius
print(Temperature.celsius.__doc__)
print(hasattr(t, "_c"))
