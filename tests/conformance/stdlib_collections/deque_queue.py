# deque로 놀이공원 줄 세우기
from collections import deque

line = deque(["mina", "jun"])
line.append("ara")
line.appendleft("vip")
print(line, len(line), line[0], line[-1])
while line:
    print("ride:", line.popleft(), "waiting:", list(line))

numbers = deque([1, 2, 3, 4, 5])
numbers.rotate(2)
print(numbers)
numbers.rotate(-3)
print(numbers)
numbers.extend([6, 7])
numbers.extendleft([0, -1])
print(numbers, numbers.pop(), numbers.popleft())

recent = deque(maxlen=3)
for page in ["home", "games", "music", "art", "math"]:
    recent.append(page)
    print(recent)
print(recent.maxlen)
recent.appendleft("back")
print(recent)

d = deque("hello")
print(d, d.count("l"), d.index("l"), "h" in d)
d.remove("l")
d.reverse()
print(d, list(reversed(d)))
d[0] = "O"
del d[1]
print(d, d.copy(), d + deque("!"), d * 2)
print(deque(), deque(maxlen=2), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])

for action in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque()[0],
               lambda: deque([1]).remove(3), lambda: deque([1], maxlen=1).insert(0, 1),
               lambda: deque(maxlen=-1)]:
    try:
        action()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# 빈 줄에서 꺼내면 오류
empty = deque()
empty.popleft()
