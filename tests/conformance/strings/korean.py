# 한글 문자열: 글자 하나하나가 한 칸
hello = '안녕하세요'
print(hello)
print(len(hello))
print(hello[0])
print(hello[4])
print(hello[-1])
print(hello[-5])
name = '김새싹'
print(name[1] + name[2])
mixed = 'Python 파이썬!'
print(len(mixed))
print(mixed[7])
emoji = '🌱새싹'
print(len(emoji))
print(emoji[0])
