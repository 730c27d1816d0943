# 함수 깊은 곳에서 난 오류
def average(numbers):
    return total(numbers) / len(numbers)

def total(numbers):
    s = 0
    for n in numbers:
        s += n
    return s

print(average([1, 2, 3, 4]))
print(average([]))
