# string 모듈의 문자 상수들
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable))

# 비밀번호 검사기
password = "Saessak2024!"
has_upper = any(ch in string.ascii_uppercase for ch in password)
has_digit = any(ch in string.digits for ch in password)
has_symbol = any(ch in string.punctuation for ch in password)
print("대문자:", has_upper, "숫자:", has_digit, "기호:", has_symbol)

# 카이사르 암호
def caesar(text, shift):
    letters = string.ascii_lowercase
    result = ""
    for ch in text:
        if ch in letters:
            result += letters[(letters.index(ch) + shift) % 26]
        else:
            result += ch
    return result

secret = caesar("hello world", 3)
print(secret, caesar(secret, -3))
