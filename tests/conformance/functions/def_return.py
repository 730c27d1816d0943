# 함수 만들기와 값 돌려주기
def add(a, b):
    return a + b

def greet(name):
    print('안녕,', name)

def nothing():
    pass

def square(x):
    return x * x

print(add(2, 3))
print(add('새', '싹'))
print(add(1.5, 2))
greet('민수')
print(greet('지아'))
print(nothing())
print(square(square(3)))
result = add(10, square(4))
print(result)
