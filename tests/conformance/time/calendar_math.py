# 날짜 계산: 하루는 86400초
import time

DAY = 86400
birthday = time.gmtime(1009843200)  # 2002-01-01
print(time.strftime("%Y-%m-%d (%a)", birthday))
for days in [1, 7, 30, 100, 365, 1000, 10000]:
    t = time.gmtime(1009843200 + days * DAY)
    print(f"{days:5}일 뒤:", time.strftime("%Y-%m-%d %A, 올해의 %j번째 날", t), t.tm_wday, t.tm_yday)
for year in [1999, 2000, 2023, 2024, 2100]:
    t = time.gmtime((year - 1970) * 365 * DAY + ((year - 1969) // 4) * DAY)
    print(year, t.tm_year, t.tm_mon, t.tm_mday, time.strftime("%V %G %U %W", t))
