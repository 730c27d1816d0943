# 구구단 표: 폭을 맞춰 찍기
print("   |" + "".join(["{:4d}".format(i) for i in range(1, 10)]))
print("---+" + "-" * 36)
for row in range(1, 10):
    line = "{:2d} |".format(row)
    for col in range(1, 10):
        line += "{:4d}".format(row * col)
    print(line)
print()
for n in [2, 3]:
    for k in range(1, 4):
        print("%d x %d = %2d" % (n, k, n * k))
