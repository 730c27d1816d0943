# range 로 반복하기
for i in range(5):
    print(i)
for i in range(2, 6):
    print(i, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(0):
    print('한 번도 안 나와요')
for i in range(3, 3):
    print('이것도요')
total = 0
for i in range(1, 11, 2):
    total += i
print(total)
print(len(range(0, 100, 7)))
