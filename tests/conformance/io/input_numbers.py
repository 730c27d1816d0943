# 숫자 두 개를 받아서 더하기
a = int(input('첫 번째 수: '))
b = int(input('두 번째 수: '))
print(a, '+', b, '=', a + b)
print(a, '*', b, '=', a * b)
