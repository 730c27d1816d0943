# 두 이름이 같은 리스트를 가리킬 때
a = [1, 2, 3]
b = a
b.append(4)
print(a)
print(b)
c = [1, 2, 3, 4]
c.append(5)
print(a, c)
