# 재귀: 팩토리얼과 피보나치
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for i in range(0, 17, 4):
    print(i, factorial(i))
print(factorial(16))
for i in range(12):
    print(fib(i), end=' ')
print()
print(fib(20))

def countdown(n):
    if n == 0:
        print('끝!')
        return
    print(n)
    countdown(n - 1)

countdown(3)
