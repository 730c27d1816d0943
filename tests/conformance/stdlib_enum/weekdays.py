# 요일: IntEnum과 auto, 메서드와 속성
from enum import Enum, IntEnum, auto, unique

class Weekday(IntEnum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()

    @property
    def is_weekend(self):
        return self >= Weekday.SATURDAY

    def korean(self):
        return "월화수목금토일"[self.value - 1] + "요일"

    @classmethod
    def weekends(cls):
        return [d for d in cls if d.is_weekend]

print(repr(Weekday.MONDAY), Weekday.MONDAY, str(Weekday.FRIDAY))
print(f"{Weekday.SUNDAY} / {Weekday.SUNDAY:03d} / {Weekday.SUNDAY!r}")
print(Weekday.MONDAY == 1, Weekday.FRIDAY > 3, Weekday.TUESDAY < Weekday.THURSDAY)
print(Weekday.SATURDAY + 1, Weekday.SUNDAY - Weekday.MONDAY, Weekday.WEDNESDAY * 2)
print(int(Weekday.THURSDAY), float(Weekday.TUESDAY), Weekday(3))
print(Weekday.SATURDAY.is_weekend, Weekday.MONDAY.is_weekend)
print(Weekday.weekends())
print([d.korean() for d in Weekday])
print(sorted([Weekday.FRIDAY, Weekday.MONDAY, Weekday.WEDNESDAY]))
print(max(Weekday), min(Weekday), sum(Weekday))
print(hash(Weekday.MONDAY) == hash(1), {1: "one"}[Weekday.MONDAY])
print(Weekday.FRIDAY.bit_length(), Weekday.TUESDAY.real, round(Weekday.TUESDAY))
print(divmod(Weekday.SUNDAY, 3), 10 // Weekday.TUESDAY, 2 ** Weekday.WEDNESDAY, -Weekday.MONDAY)

# 숙제 계획표
homework = {Weekday.MONDAY: "수학", Weekday.WEDNESDAY: "과학", Weekday.FRIDAY: "국어"}
for day in Weekday:
    print(day.name.title(), homework.get(day, "쉬는 날"))

# 오늘부터 며칠 뒤?
def after(day, n):
    return Weekday((day - 1 + n) % 7 + 1)

print(after(Weekday.FRIDAY, 3), after(Weekday.SUNDAY, 1).name)

# 별명(alias)과 unique
class Mood(Enum):
    HAPPY = 1
    GLAD = 1
    SAD = 2

print(Mood.GLAD, Mood.GLAD is Mood.HAPPY, len(Mood), list(Mood))
print(list(Mood.__members__))
try:
    @unique
    class Mood2(Enum):
        HAPPY = 1
        GLAD = 1
        SAD = 2
        BLUE = 2
except ValueError as e:
    print("ValueError:", e)

try:
    Weekday(8)
except ValueError as e:
    print("ValueError:", e)
