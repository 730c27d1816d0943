# 리스트 더하기와 곱하기
a = [1, 2]
b = [3, 4, 5]
print(a + b)
print(a)
print(b * 2)
print(['0'] * 3)
print([] * 5)
print(2 * [7])
c = a + []
c.append(99)
print(a, c)
print([0] * 0)
