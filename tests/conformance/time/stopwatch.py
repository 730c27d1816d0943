# 스톱워치: 반복문이 얼마나 걸릴까? (결과 숫자 대신 비교만 출력)
import time

laps = []
for i in range(3):
    t0 = time.perf_counter()
    s = sum(range(10000 * (i + 1)))
    laps.append(time.perf_counter() - t0)
    print("랩", i + 1, s)
print(all(lap >= 0 for lap in laps), len(laps))
print(isinstance(time.monotonic(), float), isinstance(time.time(), float))
print(time.gmtime(86400 * 365).tm_year, time.gmtime(-86400).tm_year)
