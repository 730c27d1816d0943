# 집합(set)을 만들고 출력해 보기
# 파이썬은 집합의 순서를 약속하지 않지만, 출력되는 순서는 CPython과 똑같아야 해요.
numbers = {3, 1, 2}
print(numbers)
print({10, 5, 7, 1})
print({5, 4, 3, 2, 1, 0})
print({-1, -2, 0, 5})
print({100, 7})

# 같은 값은 한 번만 들어가요
print({1, 1, 2, 2, 3, 3})
print({1, True, 1.0})
print({0, False, 0.0})

# 빈 집합은 {}가 아니라 set()이에요
empty = set()
print(empty, len(empty))
print(type(empty), type({}))

# 리스트에서 중복 없애기
scores = [90, 85, 90, 70, 85, 100, 70]
unique = set(scores)
print(unique)
print(len(scores), len(unique))
print(sorted(unique))

# 여러 종류의 값
print({2.5, 0.5, 1.5})
print({(1, 2), (0, 0)})
print({(0, 1), 3, 4.5})
