# 함수를 아주 많이 부르기 (깊지 않게)
def inc(x):
    return x + 1

n = 0
for i in range(100000):
    n = inc(n)
print(n)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
