# 특수 문자
print('첫째 줄\n둘째 줄')
print('이름\t나이')
print("It's mine")
print('She said "hi"')
print('역슬래시: \\')
print('작은따옴표: \'')
print(len('a\nb'))
