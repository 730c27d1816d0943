# 숫자와 문자열은 더할 수 없어요
age = 10
print('나이: ' + str(age))
print(1 + 'a')
