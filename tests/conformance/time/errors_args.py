# 잘못된 사용: time 함수의 오류 메시지
import time

tests = [
    lambda: time.sleep(),
    lambda: time.time(1),
    lambda: time.gmtime("어제"),
    lambda: time.strftime(5),
    lambda: time.localtime(1e30),
    lambda: time.mktime(5),
    lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.asctime((2024, 1, 1, 0, 60, 0, 0, 1, 0)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
