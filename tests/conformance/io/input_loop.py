# '그만'이 나올 때까지 읽기
items = []
while True:
    line = input()
    if line == '그만':
        break
    items.append(line)
print(items)
print(len(items), '개')
