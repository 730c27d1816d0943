# 가족 관계로 배우는 MRO
class 할머니:
    def 인사(self):
        return "할머니 안녕"
class 엄마(할머니):
    def 인사(self):
        return "엄마 안녕 / " + super().인사()
class 아빠(할머니):
    def 인사(self):
        return "아빠 안녕 / " + super().인사()
class 나(엄마, 아빠):
    def 인사(self):
        return "나 / " + super().인사()
print(나().인사())
print([c.__name__ for c in 나.__mro__])
