# 잘못된 사용: math 함수의 오류 메시지
import math

tests = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt(None),
    lambda: math.log(),
    lambda: math.log(10, 1),
    lambda: math.atan2(1),
    lambda: math.isqrt(-1),
    lambda: math.isqrt(2.5),
    lambda: math.perm(3, -1),
    lambda: math.isclose(1),
    lambda: math.dist((1, 2), (1, 2, 3)),
    lambda: math.prod([1], 2),
    lambda: math.trunc("7"),
    lambda: math.ldexp(1, 10000),
    lambda: math.pow(0, -1),
    lambda: math.fmod(1, 0),
    lambda: math.sqrt(10 ** 400),
    lambda: math.floor(math.nan),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
