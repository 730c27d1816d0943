# 리스트 밖의 칸을 꺼내면 IndexError
colors = ['빨강', '초록', '파랑']
print(colors[2])
print(colors[-3])
print(colors[3])
