# 겹친 if 문
for n in [-5, 0, 4, 7]:
    if n > 0:
        if n % 2 == 0:
            print(n, '양수, 짝수')
        else:
            print(n, '양수, 홀수')
    elif n == 0:
        print(n, '영')
    else:
        print(n, '음수')
