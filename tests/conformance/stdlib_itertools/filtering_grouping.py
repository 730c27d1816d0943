# 골라내기와 묶기
from itertools import compress, dropwhile, takewhile, filterfalse, groupby, starmap, pairwise, zip_longest

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
temps = [3, 5, 8, 12, 9, 4, 2]
print(list(takewhile(lambda t: t < 10, temps)))
print(list(dropwhile(lambda t: t < 10, temps)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", [], [2]])))

for key, group in groupby("aaabccdaa"):
    print(key, list(group))
words = sorted(["apple", "avocado", "banana", "cherry", "blueberry", "cranberry"])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
scores = [90, 95, 72, 78, 55]
for grade, group in groupby(scores, key=lambda s: s // 10 * 10):
    print(grade, list(group))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(pairwise([1, 4, 9, 16])), list(pairwise("A")))
steps = [b - a for a, b in pairwise([1, 4, 9, 16, 25])]
print(steps)
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("ab", [1])), list(zip_longest()))
