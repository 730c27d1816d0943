# heapq와 bisect 둘러보기
import heapq, bisect
from heapq import *
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]; heapify(data); print(data)
print(heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 4), data)
tasks = []
for pri, name in [(3, 'wash'), (1, 'eat'), (2, 'study'), (1, 'drink')]:
    heappush(tasks, (pri, name))
print(tasks)
while tasks: print(heappop(tasks))
scores = {'mina': 88, 'jun': 95, 'ara': 70, 'bo': 95, 'chan': 60}
print(nlargest(3, scores, key=scores.get), nsmallest(2, scores.items(), key=lambda kv: kv[1]), nlargest(2, [1, 5, 3]), nsmallest(10, [3, 1]), nlargest(0, [1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6])), list(merge(['a', 'cc'], ['bb'], key=len)), list(merge([9, 5, 1], [8, 2], reverse=True)))
for f in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush(5, 1), lambda: heapify((1,)), lambda: bisect.bisect([1], 1, -1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class Task:
    def __init__(self, p, n): self.p = p; self.n = n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return 'Task(%d, %r)' % (self.p, self.n)
q = []
for t in [Task(5, 'a'), Task(1, 'b'), Task(3, 'c'), Task(1, 'd')]: heappush(q, t)
print(q, heappop(q), heappop(q), q)
grades = [60, 70, 80, 90]
def letter(score): return 'FDCBA'[bisect.bisect(grades, score)]
print([letter(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 10), bisect.bisect_left([], 1))
board = []
for name, score in [('mina', 50), ('jun', 80), ('ara', 50), ('bo', 65)]:
    bisect.insort(board, (score, name))
print(board)
people = [('ara', 10), ('bo', 12), ('mina', 15)]
print(bisect.bisect_left(people, 12, key=lambda p: p[1]), bisect.bisect_right(people, 12, key=lambda p: p[1]))
bisect.insort_left(people, ('jun', 12), key=lambda p: p[1]); bisect.insort_right(people, ('kim', 12), key=lambda p: p[1]); print(people)
l = [1, 3]; bisect.insort_left(l, 2); bisect.insort_right(l, 3); bisect.insort(l, 0); print(l)
