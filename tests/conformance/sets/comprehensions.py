# 집합 내포(set comprehension)
remainders = {x % 5 for x in range(20)}
print(remainders)
squares = {x * x for x in range(-4, 5)}
print(squares)
evens = {n for n in range(30) if n % 2 == 0}
print(evens)
print(len(evens))
last_digits = {n % 10 for n in [13, 23, 7, 17, 100, 42]}
print(last_digits)
eights = {n * 8 for n in range(10)}
print(eights)
print({n // 3 for n in range(12)})

# 구구단에 나오는 서로 다른 수는 몇 개일까?
products = {a * b for a in range(1, 10) for b in range(1, 10)}
print(len(products))
print(sorted(products)[:10])

# 집합으로 반복하기
for x in {3, 1, 2}:
    print('값', x)
