fruits = ["사과", "배"]
for i in range(3):
    print(fruits[i])
