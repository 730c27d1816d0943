# 부분집합과 상위집합, 그리고 비교
fruits = {1, 2, 3}
basket = {1, 2, 3, 4, 5}
print(fruits <= basket, fruits < basket, basket > fruits, basket >= basket)
print(fruits.issubset(basket), basket.issuperset(fruits))
print(fruits.issubset([1, 2, 3]), fruits.issuperset(range(2)))
print(fruits == {3, 2, 1}, fruits != {1, 2}, fruits == [1, 2, 3])
print({1, 2} < {1, 2}, {1, 2} <= {1, 2})
print(fruits.isdisjoint({7, 8}), fruits.isdisjoint([3, 9]))
print(set() <= fruits, set() < set())
print(frozenset([1, 2]) == {1, 2}, {2, 1} == frozenset([1, 2]))

# 두 반 학생 번호 비교하기
class_a = set(range(1, 11))
class_b = set(range(5, 16, 2))
both = class_a & class_b
only_a = class_a - class_b
print('둘 다:', both)
print('A반만:', only_a)
print(both <= class_a, both <= class_b, only_a.isdisjoint(class_b))
