# 집합 연산: 합집합, 교집합, 차집합, 대칭차집합
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print('a | b =', a | b)
print('a & b =', a & b)
print('a - b =', a - b)
print('b - a =', b - a)
print('a ^ b =', a ^ b)
print('b ^ a =', b ^ a)

# 메서드로도 할 수 있어요 (리스트, 튜플, range도 받아요)
print(a.union([10, 9, 8]))
print(a.union(b, range(20, 23)))
print(a.intersection([5, 3, 1, 99]))
print(a.intersection(b, {5}))
print(a.difference([1, 2]))
print(a.difference(b, (3,)))
print(a.symmetric_difference([5, 6, 0]))

# 크기가 많이 다른 집합
big = set(range(0, 100, 3))
small = {9, 10, 11, 12}
print(big & small, small & big)
print(small - big)
print(len(big - small), len(big ^ small))

# 제자리 연산
c = {1, 2, 3}
c |= {30, 20}
print(c)
c &= {1, 2, 20, 40}
print(c)
c -= {2}
print(c)
c ^= {1, 5, 9}
print(c)
c.update([100, 64], (7,))
print(c)
c.intersection_update(range(10))
print(c)
c.difference_update([5])
print(c)
c.symmetric_difference_update({9, 8, 16})
print(c)

# 원래 집합은 바뀌지 않아요
print(a, b)
