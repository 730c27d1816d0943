# 로봇 청소기 상태 기계: 메서드, 속성, _missing_, 클래스 메서드가 있는 Enum
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    CLEANING = auto()
    CHARGING = auto()
    STUCK = auto()

    def can_go(self, other):
        return other in MOVES[self]

    @property
    def emoji(self):
        return {"IDLE": "😴", "CLEANING": "🧹", "CHARGING": "🔋", "STUCK": "😵"}[self.name]

    @classmethod
    def _missing_(cls, value):
        # 이름(소문자 문자열)으로도 찾아준다
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None

MOVES = {
    State.IDLE: {State.CLEANING, State.CHARGING},
    State.CLEANING: {State.IDLE, State.STUCK, State.CHARGING},
    State.CHARGING: {State.IDLE},
    State.STUCK: {State.IDLE},
}

class Robot:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def go(self, new):
        new = State(new)
        if self.state.can_go(new):
            self.log.append(f"{self.state.name}->{new.name}")
            self.state = new
            return True
        print(f"  안 돼요: {self.state} 에서 {new} 로 갈 수 없어요")
        return False

robot = Robot()
for step in ["cleaning", "stuck", "charging", State.IDLE, 3, "charging", "idle"]:
    ok = robot.go(step)
    print(step, ok, robot.state.emoji, robot.state)
print(robot.log)
print(State("stuck"), State(1))

try:
    State("flying")
except ValueError as e:
    print("ValueError:", e)

# 상태마다 이름표가 둘 있는 Enum (__init__)
class Level(Enum):
    LOW = (1, "조금")
    MID = (2, "보통")
    HIGH = (3, "많이")

    def __init__(self, power, word):
        self.power = power
        self.word = word

    def __str__(self):
        return f"{self.word}({self.power})"

for lv in Level:
    print(lv, repr(lv), lv.power, lv.value)
print(Level((2, "보통")), f"[{Level.HIGH}]")

# __new__ 로 값을 직접 정하기
class Speed(Enum):
    def __new__(cls, kmh, label):
        obj = object.__new__(cls)
        obj._value_ = kmh
        obj.label = label
        return obj
    SLOW = 5, "거북이"
    FAST = 20, "토끼"

print(Speed(20), Speed.SLOW.label, repr(Speed.FAST), [s.value for s in Speed])
