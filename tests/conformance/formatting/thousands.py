# 큰 수 읽기: 천 단위 쉼표와 밑줄
populations = [("Seoul", 9411000), ("Busan", 3317000), ("Jeju", 675000), ("Ulleung", 9000)]
for city, people in populations:
    print("{:<8} {:>12,}".format(city, people))
print(format(1234567, ","), format(1234567, "_"), format(-987654321, ","))
print(format(1234567.891, ",.2f"), format(0.5, ",.2f"), format(1000, ",.1f"))
print(format(255, "_b"), format(65535, "_x"), format(123456789, "_X"), format(4095, "#_o"))
print(format(1234, "010,"), format(1234, "09,"), format(-42, "08,"))
print("{:,} stars and {:_} grains of sand".format(100000000000, 7500000000000))
print(format(12345678.9, ","), format(1e6, ",.0f"), format(123, ","))
