# 파이썬의 예약어
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist))
print(keyword.softkwlist)
for word in ["if", "while", "print", "True", "true", "match", "lambda", "case", "_"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
names = ["apple", "class", "for", "my_var", "None"]
print([n for n in names if not keyword.iskeyword(n)])
