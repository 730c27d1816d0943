# String building with f-strings, including Korean text: report cards for a class of students,
# built line by line with format specs (width, alignment, precision, thousands separators),
# then joined, measured and searched.
# Exercises: f-string formatting of ints/floats/strs, str.join, len/slicing of non-ASCII text, str methods.
import sys

FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]
GIVEN = ["민준", "서연", "도윤", "하은", "시우", "지우", "주원", "서윤", "하준", "지민"]
SUBJECTS = ["국어", "수학", "영어", "과학", "사회"]


def report(i):
    name = FAMILY[i % 10] + GIVEN[(i * 7) % 10]
    scores = [(i * 31 + k * 17) % 61 + 40 for k in range(5)]
    average = sum(scores) / len(scores)
    best = SUBJECTS[scores.index(max(scores))]
    grade = "수" if average >= 90 else "우" if average >= 80 else "미" if average >= 70 else "양"
    parts = [f"{s}:{v:>3}" for s, v in zip(SUBJECTS, scores)]
    line = f"{i:05d} | {name:<4} | {' '.join(parts)} | 평균 {average:6.2f} | {grade} | 최고: {best}"
    return line


def main(n):
    lines = []
    for i in range(n):
        lines.append(report(i))
    text = "\n".join(lines)
    print(lines[0])
    print(lines[n // 2])
    print(lines[-1])
    print(f"{len(lines):,} lines, {len(text):,} characters")
    print("수:", text.count("| 수 |"), "우:", text.count("| 우 |"), "미:", text.count("| 미 |"), "양:", text.count("| 양 |"))
    kims = [line for line in lines if line[8] == "김"]
    print("김 씨 학생:", len(kims))
    greeting = ""
    for i in range(n // 10):
        greeting += f"{GIVEN[i % 10]}아 안녕! "
    print("greeting length:", len(greeting), greeting[-12:])
    table = "\n".join(f"{s:^6}|{sum(((i * 31 + k * 17) % 61 + 40) for i in range(n)):>10,}" for k, s in enumerate(SUBJECTS))
    print(table)
    encoded = text.encode("utf-8")
    print("utf-8 bytes:", len(encoded), "upper ascii:", text[:40].upper())
    print("replace:", text[:60].replace("평균", "average"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
