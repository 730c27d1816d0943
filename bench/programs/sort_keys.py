# Sorting with keys: records sorted by one field, by a tuple of fields, by a lambda, by
# str.lower, in reverse, and a stable multi-pass sort; plus sorted() over a dict and min/max with key.
# Exercises: list.sort/sorted with key= and reverse=, tuple comparison, lambdas.
import sys


class Student:
    def __init__(self, name, grade, score, age):
        self.name = name
        self.grade = grade
        self.score = score
        self.age = age


def make_students(n):
    syllables = ["min", "ji", "seo", "hyun", "woo", "jun", "ha", "yeon", "soo", "bin"]
    state = 7
    students = []
    for i in range(n):
        state = (state * 48271) % 2147483647
        name = syllables[state % 10].capitalize() + syllables[(state // 10) % 10]
        students.append(Student(name, state % 6 + 1, state % 101, 7 + state % 12))
    return students


def checksum(items):
    total = 0
    for i, s in enumerate(items):
        total = (total * 31 + s.score * (i + 1) + len(s.name)) % 1000000007
    return total


def main(n):
    students = make_students(n)
    by_score = sorted(students, key=lambda s: s.score)
    print("by score:", checksum(by_score), by_score[0].score, by_score[-1].score)
    by_grade_then_name = sorted(students, key=lambda s: (s.grade, s.name, -s.score))
    print("by grade, name:", checksum(by_grade_then_name), by_grade_then_name[0].name)
    names = [s.name for s in students]
    names.sort(key=str.lower, reverse=True)
    print("names reversed:", names[0], names[-1], len(set(names)))
    stable = list(students)
    stable.sort(key=lambda s: s.age)
    stable.sort(key=lambda s: s.grade, reverse=True)
    print("stable two-pass:", checksum(stable))
    numbers = [(i * 7919) % 10007 for i in range(n)]
    numbers.sort()
    print("numbers:", numbers[0], numbers[n // 2], numbers[-1])
    words = [f"{s.name}{s.age}" for s in students]
    print("by length:", sorted(words, key=len)[:3], max(words, key=len), min(words))
    best = {}
    for s in students:
        if s.grade not in best or s.score > best[s.grade].score:
            best[s.grade] = s
    print("best per grade:", [(g, best[g].score) for g in sorted(best)])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
