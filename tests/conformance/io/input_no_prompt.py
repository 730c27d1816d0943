# 안내 문구 없이 읽기, 마지막 줄에 줄바꿈이 없어도 돼요
x = input()
y = input()
print(x)
print(y)
