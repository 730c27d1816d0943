# 구구단 2단과 3단
for dan in range(2, 4):
    print(dan, '단')
    for i in range(1, 10):
        print(dan, 'x', i, '=', dan * i)

# 별 삼각형
for row in range(1, 5):
    print('*' * row)
