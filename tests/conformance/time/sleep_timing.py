# 잠깐 쉬기: sleep과 시간 재기
import time

start = time.perf_counter()
print(time.sleep(0.01))
print(time.sleep(0))
elapsed = time.perf_counter() - start
print(elapsed >= 0.005, elapsed < 5)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
print(time.perf_counter_ns() >= 0, time.monotonic_ns() > 0, type(time.perf_counter_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
time.sleep("1초")
