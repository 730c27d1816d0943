# for 에서 break 와 continue
for n in range(1, 20):
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print(n)
print('마지막 n:', n)

words = ['고양이', '강아지', '토끼', '거북이']
for w in words:
    if w == '토끼':
        print('토끼를 찾았어요!')
        break
    print(w, '아니에요')
