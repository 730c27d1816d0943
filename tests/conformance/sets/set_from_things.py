# 여러 가지로 집합 만들기
print(set(range(10)))
print(set(range(10, 0, -2)))
print(set([5, 3, 5, 1, 3]))
print(set((4, 4, 2)))
print(set({7: 'a', 3: 'b', 7: 'c'}))

# 글자 집합: 순서는 출력하지 않고 정렬하거나 개수만 봐요
word = 'banana'
letters = set(word)
print(len(letters), sorted(letters))
print(len(set('hello world')))
print(sorted(set('mississippi')))
print('a' in letters, 'z' in letters)

# 문장에 나온 서로 다른 단어 수
words = 'the cat and the dog and the bird'.split()
print(len(words), len(set(words)))
print(sorted(set(words)))

# 집합을 리스트로
nums = set([40, 10, 30, 20])
print(list(nums), sorted(nums), sorted(nums, reverse=True))
print(sum(nums), min(nums), max(nums), len(nums))
total = 0
for n in nums:
    total += n
print(total)
