# 커지고 작아지는 집합: 원소가 많아지면 표가 커져요
s = set()
for i in range(20):
    s.add(i * 32)
print(s)
for i in range(0, 20, 2):
    s.discard(i * 32)
print(s)
for i in [1, 2, 3, 64, 65]:
    s.add(i)
print(s)

# 많이 지우고 다시 넣기
t = set(range(76))
t -= set(range(70))
print(t)
t.add(32)
t.add(64)
print(t)

u = set(range(100))
u.difference_update(range(90))
print(u)
u.add(8)
print(u)

# 큰 집합에서 작은 집합 빼기
big = set(range(0, 400, 4))
part = {0, 8, 404}
rest = big - part
print(len(rest), sorted(rest)[:5])
print(big & part)
print(part - big)
many = set()
for i in range(1000):
    many.add(i * 7 % 1000)
print(len(many))
print(sum(many))
