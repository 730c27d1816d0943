# Counter로 단어 세기
from collections import Counter

story = """the cat sat on the mat the dog sat on the log
and the cat and the dog were friends"""
words = story.split()
counts = Counter(words)
print(counts)
print("the:", counts["the"], "bird:", counts["bird"])
print(counts.most_common(3))
for word, n in counts.most_common(5):
    print(word.ljust(8), "*" * n)
print("total words:", counts.total(), "different:", len(counts))

letters = Counter("abracadabra")
print(letters)
print(sorted(letters.elements()))
print(letters.most_common(1), letters.most_common(0), letters.most_common())
print(list(letters.keys()), list(letters.values()))
print(Counter(), Counter({"x": 2}), Counter(apples=3, pears=0))
print("a" in letters, "z" in letters, len(letters))
