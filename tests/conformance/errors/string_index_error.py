# 문자열 밖의 글자를 꺼낼 때
word = '새싹'
print(word[1])
print(word[-3])
