# 카이사르 암호: maketrans와 translate
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()

def caesar(text, shift):
    shift = shift % 26
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

secret = caesar("Hello, Saessak! 안녕", 3)
print(secret)
print(caesar(secret, -3))
for shift in (1, 13, 25, 26, -1):
    print(shift, caesar("Attack at dawn", shift))

no_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming is fun".translate(no_vowels))
table = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None, 108: "1"})
print(sorted(table.items()))
print("leet speak is cool".translate(table))
print("가나다".translate({ord("가"): "ㄱ", ord("나"): None, ord("다"): 0x1F600 - 0x1F600 + ord("D")}))
emoji = {ord(":"): "😀"}
print("smile :".translate(emoji))
print("abc".translate([ord("x"), None, "yz"]))  # a list works as a table too
print(str.maketrans("ab", "xy"), "".maketrans("한", "글"))
