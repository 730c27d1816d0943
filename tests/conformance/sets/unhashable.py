# 리스트는 바뀔 수 있어서 집합에 넣을 수 없어요
ok = {1, 2, (3, 4)}
print(ok)
items = set()
items.add((1, 2))
print(items)
items.add([3, 4])
print('여기는 출력되지 않아요')
