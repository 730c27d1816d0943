# 신호등: Enum의 기본 (이름, 값, 반복, 찾기, 오류)
from enum import Enum

class Light(Enum):
    RED = 1
    YELLOW = 2
    GREEN = 3

print(Light.RED)
print(repr(Light.GREEN))
print(Light.RED.name, Light.RED.value)
print(type(Light.RED), Light)
print(f"지금 신호: {Light.YELLOW}")
print(f"[{Light.RED:>12}] [{Light.RED:<12}]")
print(f"{Light.GREEN!r} {Light.GREEN!s}")

# 값과 이름으로 찾기
print(Light(2), Light["GREEN"])
print(Light(1) is Light.RED, Light["RED"] is Light.RED)

# 반복, 길이, 뒤집기
for light in Light:
    print(light.name.lower(), "->", light.value)
print(len(Light), list(reversed(Light)))
print([l.name for l in Light])

# 비교는 정체성(identity)으로
print(Light.RED == Light.RED, Light.RED != Light.GREEN, Light.RED == 1)
print(Light.RED is Light(1))
print(Light.RED in Light)

# 다음 신호
def next_light(light):
    order = list(Light)
    return order[(order.index(light) + 1) % len(order)]

now = Light.RED
for _ in range(5):
    print(now.name, end=" ")
    now = next_light(now)
print()

# 딕셔너리 열쇠로
seconds = {Light.RED: 30, Light.YELLOW: 3, Light.GREEN: 25}
print(seconds[Light.GREEN], sum(seconds.values()))
print(seconds)

# 없는 값과 이름
try:
    Light(4)
except ValueError as e:
    print("ValueError:", e)
try:
    Light["BLUE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Light("RED")
except ValueError as e:
    print("ValueError:", e)

# 크기 비교는 안 된다
try:
    Light.RED < Light.GREEN
except TypeError as e:
    print("TypeError:", e)

# 멤버의 이름과 값은 바꿀 수 없다
try:
    Light.RED.value = 10
except AttributeError as e:
    print("AttributeError:", e)

print(Light.__members__)
print(list(Light.__members__.items()))
print(Light(5))
