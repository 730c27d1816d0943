class Ns:
    __count = 3
    __dunder__ = "not mangled"
    def get(self):
        return Ns.__count, self.__dunder__
    def via_getattr(self):
        return getattr(self, "__count", "getattr는 맹글링 안 함")
    def local(self):
        __x = 5
        return __x
    @classmethod
    def cm(cls):
        return cls.__count
print(Ns().get(), Ns().via_getattr(), Ns().local(), Ns.cm())
print([k for k in vars(Ns) if "count" in k])
class _Under:
    def __f(self): return "under"
print([k for k in vars(_Under) if "f" in k and not k.startswith("__")])
class __Many:
    __v = 1
print([k for k in vars(__Many) if k.endswith("v")])
