# 리스트로 반복하기
fruits = ['사과', '바나나', '딸기']
for fruit in fruits:
    print(fruit, '맛있어요')
scores = [70, 85, 92, 64]
total = 0
for s in scores:
    total += s
print('합계', total)
print('평균', total / len(scores))
for x in []:
    print('빈 리스트')
