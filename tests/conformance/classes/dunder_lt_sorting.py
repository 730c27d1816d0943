class Student:
    def __init__(self, name, score): self.name, self.score = name, score
    def __lt__(self, other):
        return self.score < other.score
    def __repr__(self): return self.name
xs = [Student("a", 3), Student("b", 1), Student("c", 2)]
print(sorted(xs), max(xs), min(xs))
xs.sort(reverse=True)
print(xs)
import heapq
h = []
for s in xs:
    heapq.heappush(h, s)
print(heapq.heappop(h))
