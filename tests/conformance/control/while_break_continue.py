# break 와 continue
n = 0
while True:
    n += 1
    if n > 10:
        break
    if n % 3 == 0:
        continue
    print(n)
print('끝:', n)

# 처음으로 7의 배수이면서 5의 배수인 수 찾기
k = 1
while k < 1000:
    if k % 7 == 0 and k % 5 == 0:
        break
    k += 1
print(k)
