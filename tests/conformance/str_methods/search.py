# 문자열에서 찾기, 나누기
text = "사과 바나나 사과 포도 사과"
print(text.find("사과"), text.rfind("사과"), text.find("수박"), text.count("사과"), text.count("사과", 1))
print(text.index("바나나"), text.rindex("사과", 0, 10), text.find("사과", 3, 20), text.find("", 100), text.count(""))
print("banana".count("an"), "banana".count("ana"), "banana".find("a", -3), "banana".rfind("a", -100, -1))
print("aaaa".count("aa"), "abc".count("", 1, 2), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
file = "숙제_2024.py"
print(file.startswith("숙제"), file.endswith((".txt", ".py")), file.startswith("2024", 3), file.endswith("숙제", 0, 2))
print("abc".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print(file.removeprefix("숙제_"), file.removesuffix(".py"), file.removesuffix(".txt"))
print("이름=민지".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("1,2,,3".split(","), "1,2,,3".split(",", 1), "1,2,,3".rsplit(",", 1), "a b  c ".split(), "  a b c  ".split(None, 1))
print("  a b c  ".rsplit(None, 1), "a,b,c".rsplit(",", maxsplit=0), "".split(), "".split(","), "x".split(sep="x"))
print("하나 둘\t셋\n넷　다섯".split(), "a\u3000b\xa0c\u2003d".split())
poem = "첫 줄\n둘째 줄\r\n셋째 줄\r넷째\x0b다섯\x0c여섯\x1c일곱\x85여덟\u2028아홉\u2029끝\n"
print(poem.splitlines())
print(poem.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(True))
print("hello world".replace("o", "0"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("  \t 새싹 \n".strip(), "xxhixx".strip("x"), "<<hi>>".lstrip("<"), "<<hi>>".rstrip(">"), "abc".strip(""), "abc".strip(None))
