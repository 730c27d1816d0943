# bisect로 점수를 등급으로 바꾸기
import bisect

cutoffs = [60, 70, 80, 90]
def letter(score):
    return "FDCBA"[bisect.bisect(cutoffs, score)]

print([letter(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 10), bisect.bisect_left([], 1))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 3))

heights = [("ara", 120), ("bo", 128), ("mina", 135)]
print(bisect.bisect_left(heights, 128, key=lambda p: p[1]), bisect.bisect_right(heights, 128, key=lambda p: p[1]))
bisect.insort_left(heights, ("jun", 128), key=lambda p: p[1])
bisect.insort_right(heights, ("kim", 128), key=lambda p: p[1])
print(heights)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
