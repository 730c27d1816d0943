# 지금 몇 시? time(), time_ns(), process_time()
import time

now = time.time()
ns = time.time_ns()
print(type(now).__name__, type(ns).__name__)
print(now > 1_600_000_000, ns > 1_600_000_000 * 10 ** 9)
print(abs(ns / 1e9 - now) < 5)
p = time.process_time()
total = 0
for i in range(20000):
    total += i * i
print(total, time.process_time() >= p, time.process_time_ns() >= 0)
print(time.gmtime(now).tm_year >= 2024)
print(time.gmtime().tm_year == time.gmtime(time.time()).tm_year)
