# 2진수, 8진수, 16진수와 문자 코드
for n in [0, 5, 10, 255, 1000]:
    print("{0:>5d} {0:>12b} {0:>5o} {0:>4x} {0:>4X} {0:#x} {0:#b}".format(n))
print(format(-10, "b"), format(-255, "#x"), format(-8, "#o"))
print(format(255, "#010b"), format(255, "08x"), format(255, "#06X"))
print(format(65, "c"), format(44032, "c"), format(0x1F331, "c"))
print("{:c}{:c}{:c}".format(49352, 49649, 33))
print(format(True, ""), format(True, "d"), format(False, ">3"), format(True, "b"), format(True, ".1f"))
print(format(7, "n"), format(-7, "+n"), format(1234567, "n"))
print("{:+d} {:+d} {: d} {: d}".format(3, -3, 3, -3))
print("{:=+8d}|{:0=8d}|{:*=8d}".format(42, -42, -42))
