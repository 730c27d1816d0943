# 제목처럼 단어의 첫 글자를 대문자로
import string

print(string.capwords("the little prince"))
print(string.capwords("  hello    wide   world  "))
print(string.capwords("ONE two tHREE"))
print(string.capwords("apple-banana-cherry", "-"))
print(string.capwords(""))
print(string.capwords("it's a dog's life"))
titles = ["harry potter", "the hobbit", "charlotte's web"]
for t in titles:
    print(t, "->", string.capwords(t))
