class 통장:
    이자율 = 0.02
    def __init__(self, 주인, 잔액=0):
        self.주인 = 주인
        self._잔액 = 잔액
    @property
    def 잔액(self):
        return self._잔액
    def 입금(self, 돈):
        if 돈 <= 0:
            raise ValueError("0보다 큰 돈만 넣을 수 있어요")
        self._잔액 += 돈
        return self
    def __repr__(self):
        return f"통장({self.주인!r}, {self._잔액})"
class 적금(통장):
    이자율 = 0.05
    def 이자(self):
        return int(self.잔액 * self.이자율)
a = 적금("지민", 1000).입금(500)
print(a, a.잔액, a.이자(), 통장.이자율)
try:
    a.입금(-1)
except ValueError as e:
    print(e)
try:
    a.잔액 = 0
except AttributeError as e:
    print(e)
