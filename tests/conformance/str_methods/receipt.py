# 문방구 영수증 만들기
items = [("연필", 500, 3), ("지우개", 800, 1), ("notebook", 2500, 2), ("자", 1200, 1)]
width = 30
print("새싹 문방구".center(width, "="))
total = 0
for name, price, count in items:
    cost = price * count
    total += cost
    left = (name + " x" + str(count)).ljust(18, ".")
    print(left + (str(cost) + "원").rjust(12))
print("-" * width)
print("합계".ljust(18) + (str(total) + "원").rjust(12))
print("영수증 번호:", "42".zfill(6), "-7".zfill(4), "+7".zfill(4), "abc".zfill(2))
print("|" + "left".ljust(10) + "|" + "mid".center(10) + "|" + "right".rjust(10) + "|")
print("|" + "ab".center(5, "-") + "|" + "ab".center(6, "-") + "|" + "abc".center(6, "-") + "|" + "a".center(4, "#") + "|")
print("name\tprice\tqty".expandtabs(10))
print("a\tbb\tccc\td".expandtabs(), "a\tb".expandtabs(0), "x\r\ty\n\tz".expandtabs(4).split("\n"))
print("감사합니다!".rjust(width, "~"))
