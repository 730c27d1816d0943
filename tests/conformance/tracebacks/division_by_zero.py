def average(scores):
    return sum(scores) / len(scores)

print(average([90, 80]))
print(average([]))
