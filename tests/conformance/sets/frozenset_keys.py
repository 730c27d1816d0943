# frozenset은 바꿀 수 없는 집합이라 딕셔너리의 키가 될 수 있어요
team1 = frozenset([3, 1, 2])
print(team1)
print(frozenset(), frozenset(range(5)))

games = {}
games[team1] = '승리'
games[frozenset([4, 5])] = '패배'
print(games)
print(games[frozenset([2, 3, 1])])
print(frozenset([1, 2, 3]) in games)

# 같은 원소면 순서가 달라도 같은 키예요
pairs = {frozenset([1, 2]): 'a', frozenset([2, 1]): 'b'}
print(pairs, len(pairs))

# 집합 속의 집합은 frozenset으로
groups = {frozenset([1, 2]), frozenset([3]), frozenset([2, 1])}
print(len(groups))
print(frozenset([3]) in groups)
print({1, 2} in groups)

# frozenset 연산의 결과도 frozenset
f = frozenset([1, 2, 3, 4])
print(f | {9}, f & {2, 4, 8}, f - {1}, f ^ {4, 5})
print({9} | f, {2, 4, 8} & f)
print(f.union([7]), f.copy() is f, frozenset(f) is f)
g = f
g |= {100}
print(f, g)
h = {frozenset([1, 2, 3]): '첫째', frozenset([3, 2, 1]): '둘째'}
print(h)
