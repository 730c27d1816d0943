# pop()은 '아무거나' 하나를 꺼내요. 어떤 것을 꺼내는지도 CPython과 같아야 해요.
bag = {30, 10, 20}
while bag:
    print('꺼냄:', bag.pop(), '남음:', bag)

balls = set(range(12))
first = balls.pop()
second = balls.pop()
print(first, second, balls)
balls.add(0)
balls.add(1)
balls.add(50)
print(balls)
print(balls.pop(), balls.pop(), balls.pop())
print(balls)

# 큰 수가 섞인 집합
mixed = {64, 1, 33, 8, 100}
taken = []
for i in range(3):
    taken.append(mixed.pop())
print(taken, mixed)

# 빈 집합에서 pop 하면 KeyError
empty = set()
empty.pop()
