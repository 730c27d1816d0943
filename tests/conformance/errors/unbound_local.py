# 함수 안에서 값을 넣기 전에 읽으면 UnboundLocalError
count = 0

def bump():
    count = count + 1
    return count

print('시작')
bump()
