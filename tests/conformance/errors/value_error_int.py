# 숫자가 아닌 글자를 int 로 바꾸면 ValueError
print(int('12'))
print(int('abc'))
