# 반복하며 리스트 만들기
evens = []
for i in range(10):
    if i % 2 == 0:
        evens.append(i)
print(evens)

words = []
for w in ['하나', '둘', '셋']:
    words.append(w + '!')
print(words)

total = 0
for e in evens:
    total += e
print(total)

counts = []
n = 1
while len(counts) < 5:
    counts.append(n)
    n *= 3
print(counts)
