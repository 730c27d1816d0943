# 주사위와 카드로 배우는 경우의 수
from itertools import product, permutations, combinations, combinations_with_replacement

dice = range(1, 7)
sevens = [(a, b) for a, b in product(dice, repeat=2) if a + b == 7]
print(sevens, len(sevens))
print(len(list(product(dice, repeat=3))))
print(list(product("HT", repeat=2)))
print(list(product("AB", [1, 2])), list(product()), list(product("ab", [])))

friends = ["mina", "jun", "ara"]
for pair in combinations(friends, 2):
    print("team:", pair)
for order in permutations(friends):
    print("line:", order)
print(list(permutations("ABC", 2)))
print(list(permutations("AB", 3)), list(permutations([], 0)))
print(list(combinations(range(5), 3)))
print(list(combinations("A", 2)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement("", 0)), list(combinations_with_replacement("", 1)))
scoops = list(combinations_with_replacement(["vanilla", "choco"], 3))
print(len(scoops), scoops[1])

for action in [lambda: permutations("ab", -1), lambda: combinations("ab", -1),
               lambda: product("a", repeat=-1), lambda: permutations(5)]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
