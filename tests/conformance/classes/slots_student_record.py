# __slots__ 로 메모리를 아끼는 학생 기록
class Record:
    __slots__ = ("name", "score")
    def __init__(self, name, score):
        self.name = name
        self.score = score
    def __repr__(self):
        return f"Record({self.name!r}, {self.score})"
class Graded(Record):
    __slots__ = ("grade",)
    def __init__(self, name, score):
        super().__init__(name, score)
        self.grade = "A" if score >= 90 else "B"
rows = [Graded("가", 95), Graded("나", 80)]
print(rows, [r.grade for r in rows])
rows[0].score += 1
print(rows[0].score, hasattr(rows[0], "__dict__"))
try:
    rows[1].nickname = "x"
except AttributeError as e:
    print(e)
print(sorted(rows, key=lambda r: r.score)[0].name)
