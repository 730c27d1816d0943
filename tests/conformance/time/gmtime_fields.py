# 1970년 1월 1일: 컴퓨터 시간의 시작
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[1], t[-1], len(t), t[:3], list(t))
year, month, day, *rest = t
print(year, month, day, rest)
print(t.tm_zone, t.tm_gmtoff, isinstance(t, tuple), isinstance(t, time.struct_time), type(t).__name__)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), t == time.gmtime(0), t < time.gmtime(60), 1970 in t)
print(time.struct_time)
