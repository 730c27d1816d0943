# 함수에 리스트 넘기기
def total(numbers):
    s = 0
    for n in numbers:
        s += n
    return s

def biggest(numbers):
    best = numbers[0]
    for n in numbers:
        if n > best:
            best = n
    return best

def add_item(items, item):
    items.append(item)

def squares(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result

nums = [3, 9, 2, 7]
print(total(nums), biggest(nums))
bag = []
add_item(bag, '연필')
add_item(bag, '지우개')
print(bag)
print(squares(6))
print(total(squares(10)))
