# 글자 종류 알아보기
samples = ["한글", "hello", "Hello123", "１２", "123", "½", "²", "٣", "一二三", "Ⅻ", "abc!", "", " \t\n", "\u3000",
           "ñ", "Ωμέγα", "Привет", "ㄱㄴㄷ", "ひらがな", "カタカナ", "漢字", "😀", "\x00", "a b", "_이름", "변수1", "1변수",
           "class", "ＡＢＣ", "ǅ", "ᾈ", "\u00ad", "\u200b", "x²"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isprintable(), s.isascii(), s.isidentifier(), s.islower(), s.isupper(), s.istitle())

word = "안녕하세요 Saessak 123 ½!"
counts = {"글자": 0, "숫자": 0, "공백": 0, "기타": 0}
for ch in word:
    if ch.isalpha():
        counts["글자"] += 1
    elif ch.isnumeric():
        counts["숫자"] += 1
    elif ch.isspace():
        counts["공백"] += 1
    else:
        counts["기타"] += 1
print(counts)
print([ch for ch in "가A1①½Ⅷ٣" if ch.isdigit()], [ch for ch in "가A1①½Ⅷ٣" if ch.isnumeric()])
