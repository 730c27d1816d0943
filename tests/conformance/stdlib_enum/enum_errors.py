# 실수하면 어떤 오류가 날까?
from enum import Enum, Flag, auto

class Pet(Enum):
    CAT = 1
    DOG = 2

def check(label, func):
    try:
        result = func()
        print(label, "ok:", repr(result))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

check("없는 값", lambda: Pet(3))
check("문자열 값", lambda: Pet("CAT"))
check("없는 이름", lambda: Pet["HAMSTER"])
check("소문자 이름", lambda: Pet["cat"])
check("이름 바꾸기", lambda: setattr(Pet.CAT, "name", "KITTY"))
check("크기 비교", lambda: Pet.CAT < Pet.DOG)
check("값으로 찾기", lambda: Pet(Pet.DOG))

def make_sub():
    class MorePet(Pet):
        FISH = 3
    return MorePet
check("멤버 있는 Enum 상속", make_sub)

def make_reserved():
    class Bad(Enum):
        _bad_ = 1
    return Bad
check("예약된 이름", make_reserved)

def make_late_generate():
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
    return Late
check("늦은 _generate_next_value_", make_late_generate)

def make_wrong_order():
    class Ordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
    return Ordered
check("순서 틀림", make_wrong_order)

class Bits(Flag):
    ONE = 1
    TWO = 2
check("Flag 범위 밖", lambda: Bits(4))
check("Flag 숫자 in", lambda: 1 in Bits.ONE)

class Empty(Enum):
    pass
print(list(Empty), len(Empty))
check("빈 Enum", lambda: Empty(1))

# 멤버 없는 Enum은 상속할 수 있다
class Describe(Enum):
    def describe(self):
        return f"{self.name} = {self.value}"

class Fruit(Describe):
    APPLE = "red"
    BANANA = "yellow"

print(Fruit.APPLE.describe(), [f.describe() for f in Fruit])
print(Pet(7))
