# 한글도 글자 하나가 한 칸으로 세어져요 (CPython과 같은 규칙)
names = ["김새싹", "이하늘", "박별", "최무지개"]
for n in names:
    print("[{:<6}] [{:>6}] [{:^6}]".format(n, n, n))
print("{:=^20}".format(" 성적표 "))
for subject, score in [("국어", 95), ("수학", 88), ("영어", 100)]:
    print("{:<4}{:>5}점".format(subject, score))
print("{:★^9}".format("새싹"))
print("{:.2}|{:5.1}|".format("안녕하세요", "반가워"))
print(format("가나다", "→>6"), format("abc", "한<5"))
print("%-6s|%6s|%.1s|" % ("한글", "파이썬", "새싹"))
