# 0으로 나누면 ZeroDivisionError
print('나누기 전')
cookies = 10
friends = 0
print(cookies / friends)
print('여기는 실행되지 않아요')
