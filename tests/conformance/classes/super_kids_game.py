class 캐릭터:
    def __init__(self, 이름, 체력=100):
        self.이름 = 이름
        self.체력 = 체력
    def 공격(self):
        return 10
    def __str__(self):
        return f"{self.이름}(체력 {self.체력})"
class 전사(캐릭터):
    def __init__(self, 이름):
        super().__init__(이름, 체력=150)
    def 공격(self):
        return super().공격() * 2
class 마법사(캐릭터):
    def 공격(self):
        return super().공격() + 25
for c in [전사("철수"), 마법사("영희")]:
    print(c, c.공격())
