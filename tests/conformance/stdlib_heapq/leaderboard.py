# heapq로 순위표와 할 일 목록 만들기
import heapq

scores = [("mina", 88), ("jun", 95), ("ara", 70), ("bo", 95), ("chan", 60), ("dana", 82)]
top3 = heapq.nlargest(3, scores, key=lambda s: s[1])
print("top 3:", top3)
print("bottom 2:", heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(3, [5, 1, 9, 3]))

todo = []
heapq.heappush(todo, (2, "homework"))
heapq.heappush(todo, (1, "breakfast"))
heapq.heappush(todo, (3, "games"))
heapq.heappush(todo, (1, "brush teeth"))
print(todo)
while todo:
    priority, task = heapq.heappop(todo)
    print(priority, task)

# 가장 높은 점수 k개만 유지하기
best = []
for name, score in scores:
    if len(best) < 3:
        heapq.heappush(best, (score, name))
    else:
        heapq.heappushpop(best, (score, name))
    print(best)
print(sorted(best, reverse=True))

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(nums)
print(nums)
print(heapq.heapreplace(nums, 10), nums)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
heapq.heappop([])
