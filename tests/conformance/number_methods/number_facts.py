# 숫자에 대해 알아보기
for n in [0, 1, 5, 8, 255, 1000, -37, 2 ** 40, 2 ** 100 + 1, True]:
    print(n, "비트 길이:", n.bit_length(), "1의 개수:", n.bit_count(), "bin:", bin(n),
          "분수:", n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())

for x in [0.5, 0.1, 2.0, -3.75, 1e100, 1 / 3, 5e-324, -0.0, float("inf")]:
    print(repr(x), x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
    if x == x and abs(x) != float("inf"):
        top, bottom = x.as_integer_ratio()
        print("  =", top, "/", bottom, top / bottom == x)

for h in ["0x1p-1", "0x1.8p1", "-0x1.fp+10", "0x.1", "  0XAp0  ", "inf", "-nan", "0x1.fffffffffffffp+1023", "0x1p-1074"]:
    print(h.strip(), "->", float.fromhex(h))
print(float.fromhex((3.14).hex()) == 3.14, (1.5).fromhex("0x2p0"))
print((7).__index__(), [10, 20, 30][(2).__index__()], int.bit_length(12), float.hex(0.25))
for value in (12, 12.0, 12.5):
    print(type(value).__name__, value.real, value.imag, value.conjugate())
