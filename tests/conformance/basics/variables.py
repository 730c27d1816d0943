# 변수와 복합 대입 연산자
apples = 10
print(apples)
apples += 5
print(apples)
apples -= 3
print(apples)
apples *= 2
print(apples)
apples //= 5
print(apples)
apples %= 3
print(apples)
n = 3
n **= 4
print(n)
half = 9
half /= 2
print(half)
word = '새'
word += '싹'
print(word)
a = 1
b = a
a = 2
print(a, b)
