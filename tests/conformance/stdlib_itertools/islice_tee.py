# islice로 자르기, tee로 복제하기
from itertools import islice, tee, count

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", 1, 6, 2)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
squares = (n * n for n in count(1))
print(list(islice(squares, 5)), list(islice(squares, 3)))
for args in [(-1,), (1, -2), (1, 2, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)

a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y = tee(iter([1, 2, 3, 4]))
print(next(x), next(x), next(y), list(y), list(x))
print(len(tee("ab", 3)), tee("ab", 0))
try:
    tee("a", -1)
except ValueError as e:
    print("ValueError:", e)
