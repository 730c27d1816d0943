# 실수 모양 고르기: 기본, f, e, g
values = [0.1, 2.5, 100.0, 1234.5678, 0.000012345, 1e16, 123456789.0, -0.0]
for v in values:
    print("{!r:>14} {:>14} {:>12.3f} {:>12.3e} {:>10.4g} {:>10.3}".format(v, v, v, v, v, v))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1.0, "g"), format(1e-5, "g"), format(1e6, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(1.0, "#g"), format(1.0, "#.0f"), format(1.0, "#.0e"), format(100.0, ".3"))
print(format(float("inf"), ""), format(float("-inf"), ".2f"), format(float("nan"), "+"))
print(format(float("inf"), "F"), format(float("nan"), "E"), format(float("inf"), "010"))
print(format(-0.0, ".1f"), format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(-0.0, "z"))
print(format(1 / 3, ".17g"), format(2 / 3, ".20f"), format(1e300, ".3e"))
print(format(42, "e"), format(42, ".1f"), format(7, "%"))
print(format(12.0, "08.3"), format(3.0, "+"), format(1e22, ""), format(1e-7, ""))
