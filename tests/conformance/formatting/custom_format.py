# 내 클래스가 format()과 str.format()에서 모양을 정해요 (__format__)
class Money:
    def __init__(self, won):
        self.won = won

    def __format__(self, spec):
        if spec == "k":
            return f"{self.won / 1000:.1f}천 원"
        if spec:
            return format(self.won, spec) + "원"
        return f"{self.won:,}원"

    def __str__(self):
        return f"Money({self.won})"

pocket = Money(12500)
print(format(pocket))
print(format(pocket, "k"))
print(format(pocket, ">10"))
print("용돈: {}".format(pocket))
print("용돈: {:k}".format(pocket))
print("용돈: {0:08}, 다시 {0}".format(pocket))
print(f"f-string: {pocket:k}")
print("{!s:>15}|".format(pocket))

class Plain:
    pass

plain = Plain()
print(format(plain, "") == str(plain))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    "{:>5}".format(Plain())
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __format__(self, spec):
        return 42

try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    "{}".format(Bad())
except TypeError as e:
    print("TypeError:", e)
