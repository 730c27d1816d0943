# 날짜를 예쁘게 쓰기: strftime
import time

moments = [0, 1234567890, 951782400, 1700000000, 2 ** 31, 1718000000.75]
for m in moments:
    t = time.gmtime(m)
    print(time.strftime("%Y-%m-%d %H:%M:%S", t), "|", time.strftime("%a %A %b %B %j %p %I", t))
    print("   ", time.strftime("%c | %x | %X | %y | %e | %U %W %V %G | %u %w | %%", t))
print(time.strftime("%Y년 %m월 %d일", (2024, 5, 5, 10, 30, 0, 6, 126, 0)))
print(time.strftime("%H시 %M분", (2024, 1, 1, 14, 7, 0, 0, 1, 0)))
print(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime(5))
