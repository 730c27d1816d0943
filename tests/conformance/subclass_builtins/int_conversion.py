# int(), float(), str() and bool() of subclass instances
class I(int):
    def __int__(self):
        return 99
class F(float):
    def __float__(self):
        return 1.5
class S(str):
    pass
print(int(I(5)), int(F(2.7)), float(I(5)), float(F(2.7)), int(S('42')), float(S('2.5')))
print(str(I(5)), repr(F(2.5)), bool(I(0)), bool(S('')), bool(F(0.1)))
print(complex(I(2)), complex(F(0.5)))
