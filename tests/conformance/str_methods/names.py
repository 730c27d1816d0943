# 이름 예쁘게 쓰기: 대문자, 소문자, 가운데 정렬
names = ["  kim minji ", "LEE JUN-HO", "o'brien", "park\tseo-yeon", "  김민지  ", "ĉu ŝi", "ΟΔΥΣΣΕΥΣ"]
for raw in names:
    name = raw.strip()
    print(repr(name))
    print("  title:", name.title())
    print("  capitalize:", name.capitalize())
    print("  upper:", name.upper(), "lower:", name.lower())
    print("  swapcase:", name.swapcase())
    print("  casefold:", name.casefold())
    print("  [" + name.center(16, "*") + "]")

first, last = "minji", "kim"
print(f"{last.upper()}, {first.capitalize()}")
print(" ".join(part.capitalize() for part in "hello wonderful world".split()))
print("-".join(["2024", "03", "15"]))
print("".join(reversed("새싹")))
print("straße".upper(), "STRASSE".casefold() == "straße".casefold())
print("ǆemal".title(), "ǅ".istitle(), "ﬁsh".upper(), "İstanbul".lower(), len("İstanbul".lower()))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello 123".islower(), "123".islower())
print("they're bill's friends".title())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "Привет Мир".upper(), "ＡＢＣ".lower(), "ｈｅｌｌｏ".title())
print("ΣΑΣ ΣΑΣ".lower(), "ΜΑΪΟΣ".lower(), "Σ".lower(), "AΣ.".lower(), "aΣb".lower())
