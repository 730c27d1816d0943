# 바꿀 수 없는 좌표 (frozen) 와 정렬 (order)
from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(1, 2)
print(p, p.moved(3, 4))
try:
    p.x = 10
except FrozenInstanceError as err:
    print("FrozenInstanceError:", err)
try:
    p.z = 0
except AttributeError as err:
    print("AttributeError:", err)
print(p == Point(1, 2), hash(p) == hash(Point(1, 2)))
visited = {Point(0, 0), Point(1, 2), Point(0, 0)}
print(len(visited), Point(1, 2) in visited)

@dataclass(order=True)
class Score:
    points: int
    name: str = field(compare=False)

scores = [Score(70, "jun"), Score(95, "mina"), Score(82, "seo")]
print(sorted(scores))
print(max(scores).name, Score(1, "a") < Score(2, "b"), Score(5, "a") == Score(5, "b"))
try:
    Score(1, "a") < 5
except TypeError as err:
    print("TypeError:", err)

@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as err:
    print("TypeError:", err)

@dataclass(unsafe_hash=True)
class Tag:
    label: str
print(hash(Tag("a")) == hash(Tag("a")))

@dataclass(eq=False)
class Ghost:
    name: str
g = Ghost("boo")
print(g == Ghost("boo"), g == g, g)
