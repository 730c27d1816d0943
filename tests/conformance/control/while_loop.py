# while 문으로 카운트다운
count = 5
while count > 0:
    print(count)
    count -= 1
print('발사!')

total = 0
i = 1
while i <= 100:
    total += i
    i += 1
print('1부터 100까지 합:', total)

n = 10
while n > 100:
    print('실행되지 않아요')
