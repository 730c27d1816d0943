# 입력이 숫자가 아닐 때
n = int(input('숫자를 입력하세요: '))
print(n * 2)
