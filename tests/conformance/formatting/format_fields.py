# 필드 안에서 인덱스와 변환 쓰기
colors = ["red", "green", "blue"]
print("first {0[0]}, last {0[2]}".format(colors))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
scores = {"Minji": 95, "Jisu": 88}
print("Minji got {0[Minji]}, Jisu got {0[Jisu]}".format(scores))
print("{d[key]} {d[other]}".format(d={"key": "value", "other": 2}))
grid = [[1, 2], [3, 4]]
print("{0[1][0]}".format(grid))
word = "새싹"
print("{0!r} {0!s} {0!a}".format(word))
print("[{!r:>8}] [{!s:<6}]".format("hi", 42))
print("{!a}".format("naïve café ☕"))
print(ascii("한글 ok"), ascii(["é"]))
print("{0} {0!r}".format([1, "two"]))
print("{:>10}".format(str(None)))
print("{}|{}|{}".format(True, None, 1.0))
