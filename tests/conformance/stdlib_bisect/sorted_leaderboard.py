# insort로 항상 정렬된 순위표 유지하기
import bisect

board = []
for name, score in [("mina", 50), ("jun", 80), ("ara", 50), ("bo", 65), ("chan", 80)]:
    bisect.insort(board, (score, name))
    print(board)
print("rank of 70:", len(board) - bisect.bisect(board, (70, "")))
numbers = []
for n in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(numbers, n)
print(numbers)
values = [1, 3]
bisect.insort_right(values, 3)
bisect.insort(values, 0)
bisect.insort_left(values, 2)
print(values)
position = bisect.bisect_left(numbers, 5)
print(position, numbers[position] == 5)
bisect.insort(None, 1)
