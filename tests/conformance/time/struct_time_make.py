# struct_time 직접 만들기와 mktime (지역 시간대와 상관없는 것만)
import time

s = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1))
print(s)
print(s.tm_year, s.tm_zone, s.tm_gmtoff, s[7], len(s), tuple(s))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, type(time.mktime(lt)).__name__)
print(time.localtime(0).tm_year in (1969, 1970), isinstance(time.localtime(), time.struct_time))
try:
    time.mktime(5)
except TypeError as e:
    print("TypeError:", e)
try:
    time.mktime((1, 2))
except TypeError as e:
    print("TypeError:", e)
time.struct_time((1, 2, 3))
