# 회문(앞뒤가 같은 말) 찾기
def clean(text):
    return "".join(ch for ch in text.casefold() if ch.isalnum())

def is_palindrome(text):
    letters = clean(text)
    return letters == letters[::-1]

words = ["기러기", "토마토", "스위스", "다시 합창합시다", "소주 만병만 주소", "우영우", "새싹",
         "Racecar", "A man, a plan, a canal: Panama!", "Was it a car or a cat I saw?", "파이썬", "12321", "１２３２１"]
for w in words:
    mark = "회문!" if is_palindrome(w) else "아니에요"
    print(w.ljust(32, "."), mark)

sentence = "토마토 기러기 사과 우영우 바나나 별똥별"
found = [w for w in sentence.split() if is_palindrome(w)]
print("찾은 회문:", ", ".join(found), "(" + str(len(found)) + "개)")
print("가장 긴 회문:", max(found, key=len))
print(clean("Hello, 세상! 123"))
