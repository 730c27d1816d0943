count = 0
for i in range(3):
    cuont += i
