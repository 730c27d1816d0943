# 리스트 만들기와 꺼내기
numbers = [10, 20, 30, 40]
print(numbers)
print(numbers[0], numbers[3])
print(numbers[-1], numbers[-4])
print(len(numbers))
numbers.append(50)
print(numbers, len(numbers))
fruits = ['사과', '바나나']
print(fruits)
print([])
print([1, 2.5, 'three', True, None])
print(len([]))
