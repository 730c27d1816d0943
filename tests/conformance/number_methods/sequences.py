# 튜플과 리스트에서 찾기
colors = ("빨강", "주황", "노랑", "초록", "노랑", "파랑")
print(colors.index("노랑"), colors.index("노랑", 3), colors.index("노랑", -2), colors.count("노랑"), colors.count("보라"))
print(colors.index("빨강", -100, 100), (1, 2.0, True).count(1), (1, 2, 3).index(2.0))
numbers = [5, 3, 5, 1, 5]
print(numbers.index(5), numbers.index(5, 1), numbers.index(5, 1, 3), numbers.index(1, -2), numbers.count(5))
for action in [lambda: colors.index("보라"), lambda: numbers.index(5, 3, 4), lambda: numbers.index(9, -1),
               lambda: colors.index("빨강", 1), lambda: numbers.index(), lambda: colors.index(1, 2, 3, 4),
               lambda: numbers.index(5, "1"), lambda: colors.count()]:
    try:
        print(action())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((2, 4, 6).index(6, 0, 3), [[1], [2]].index([2]))
print(float.fromhex("0x1g"))
