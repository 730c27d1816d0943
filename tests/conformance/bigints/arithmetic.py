print(2 ** 100, 2 ** 64 - 1, -(2 ** 70), 10 ** 20 // 7, 10 ** 20 % 7, (10 ** 20) / 3)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30), len(str(fact(100))), fact(25) // fact(23))
print(123456789012345678901234567890 + 1, 0xFFFFFFFFFFFFFFFFFF, 1 << 100, (1 << 100) >> 98)
big = 2 ** 80
print(big == 2.0 ** 80, big > 1e20, big < 1e30, hash(2 ** 61 - 1), hash(-(2 ** 70)) == hash(-(2 ** 70)))
print(float(2 ** 60), int(1e20), int("99999999999999999999999"), bin(2 ** 50), hex(-(2 ** 65)))
print(abs(-(10 ** 18)), -(-(10 ** 18)), ~(2 ** 64), 2 ** 64 & 0xFF, divmod(-(10 ** 20), 3))
print(pow(3, 100, 1000), pow(2, 200, 10 ** 9 + 7), sum([2 ** 60] * 4), max(2 ** 70, 3), sorted([2 ** 65, 1, -(2 ** 65)]))
fib = [0, 1]
for i in range(100):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], 2 ** 100 in {2 ** 100: 1}, {2 ** 100: "big"}[2 ** 100], f"{2**70}", str(-2 ** 62))
print(1e308 * 10, 2 ** 0.5, 10 ** -2, (-8) ** 2, 0 ** 0)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
try:
    print(2 ** 20000 / 1)
except OverflowError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(2 ** 10000)))
