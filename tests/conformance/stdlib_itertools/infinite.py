# 끝없는 반복자: count, cycle, repeat
from itertools import count, cycle, repeat, islice, accumulate, chain
import operator

for n in count(10, 5):
    if n > 30:
        break
    print(n, end=" ")
print()
print(list(islice(count(), 5)), list(islice(count(0.5, 0.25), 3)))
print(count(5), count(0, 2), repeat("hi", 3), repeat("a"))
print(next(count(3)))

colors = cycle(["red", "green", "blue"])
for day in ["mon", "tue", "wed", "thu", "fri"]:
    print(day, next(colors))
print(list(repeat("*", 4)), list(repeat(0, -1)))
print(list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([10, 20], initial=100)), list(accumulate([])))
savings = list(accumulate([1000] * 6))
print(savings)

print(list(chain("ab", [1, 2], (3,))))
print(list(chain.from_iterable(["xy", "z", ""])))
print(type(chain()).__name__, type(count()).__name__)
try:
    cycle(5)
except TypeError as e:
    print("TypeError:", e)
broken = chain(5)
print("made a chain")
next(broken)
