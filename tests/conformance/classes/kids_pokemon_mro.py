class 포켓몬:
    def __init__(self, 이름, **kw):
        super().__init__(**kw)
        self.이름 = 이름
    def 기술(self):
        return ["몸통박치기"]
class 불꽃(포켓몬):
    def 기술(self):
        return super().기술() + ["불꽃세례"]
class 비행(포켓몬):
    def 기술(self):
        return super().기술() + ["날개치기"]
class 리자몽(불꽃, 비행):
    def 기술(self):
        return super().기술() + ["화염방사"]
r = 리자몽(이름="리자몽")
print(r.이름, r.기술())
print(" > ".join(c.__name__ for c in 리자몽.__mro__))
