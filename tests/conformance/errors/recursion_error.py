# 끝나지 않는 재귀는 RecursionError
def forever():
    return forever()

print('시작')
forever()
