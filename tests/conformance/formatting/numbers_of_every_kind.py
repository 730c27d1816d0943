# Formatting ints, floats, complex numbers and bytes side by side.
values = [42, -7, 3.14159, 2.5e-8, 1e21, complex(1, -2), 3j, True]
for v in values:
    print(repr(v), str(v), f"{v!r:>12}|")
print(f"{1234567:,}", f"{1234567:_}", f"{0.5:%}", f"{255:#x}", f"{255:08b}", f"{-3.5:+.2f}")
print(f"{complex(1.5, 2.25):.1f}", format(1 + 1j, "^14"), "%5.1f%%" % 99.44)
print(b"abc", bytes([72, 105]), bytearray(b"hi"), b"\x00\xff".hex(), "%s" % b"x")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), divmod(-7, 2), (-7) // 2, -7 % 2)
print(int("ff", 16), int("0b101", 0), float("inf"), float("-nan"), 10 ** 20, 2 ** 0.5)
