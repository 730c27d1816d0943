# 문자열 인덱스
word = 'Python'
print(word[0])
print(word[5])
print(word[-1])
print(word[-6])
for i in range(len(word)):
    print(i, word[i])
backwards = ''
i = len(word) - 1
while i >= 0:
    backwards += word[i]
    i -= 1
print(backwards)
