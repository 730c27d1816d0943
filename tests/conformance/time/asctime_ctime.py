# asctime과 ctime: 사람이 읽는 시간
import time

print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 3, 5, 14, 7, 9, 1, 65, 0)))
print(time.asctime((2000, 12, 25, 8, 0, 0, 0, 360, 0)))
print(type(time.ctime()), len(time.ctime()), len(time.asctime()))
try:
    time.asctime((1, 2))
except TypeError as e:
    print("TypeError:", e)
time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))
