# 함수 안과 밖의 변수
greeting = '안녕하세요'
count = 100

def show():
    print(greeting)

def local_count():
    count = 1
    count += 1
    return count

show()
print(local_count())
print(count)

def uses_later_global():
    return later * 2

later = 21
print(uses_later_global())
