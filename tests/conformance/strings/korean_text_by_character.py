# 한국어 문자열은 글자 단위로 셉니다: 길이, 인덱스, 자르기, 뒤집기, 찾기
greeting = "안녕하세요, 새싹 친구들!"
print(len(greeting), greeting[0], greeting[-1], greeting[7:9])
print(greeting[::-1])
print(greeting.find("새싹"), greeting.index("친구"), greeting.count("요"))
words = greeting.replace(",", "").replace("!", "").split()
print(words, [len(w) for w in words])
print("-".join(reversed(words)))
print(sorted("다나가라마"), "".join(sorted("다나가라마", reverse=True)))
print([ord(c) for c in "가힣"], chr(0xAC00 + 28 * 21 * 0), chr(ord("가") + 1))
print(f"{'새싹':>6}|{'새싹':<6}|{'새싹':^6}|")
print("새싹".center(8, "*"), "새싹".startswith("새"), "싹" in greeting, "SAESSAK".lower())
