class Outer:
    class Inner:
        class Deep:
            def method(self):
                pass
    def f(self):
        class InFunc:
            pass
        return InFunc
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.method.__qualname__)
print(Outer().f().__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__module__)
def factory():
    class Made:
        def m(self): pass
    return Made
print(factory().__qualname__, factory().m.__qualname__)
print(repr(Outer.Inner))
