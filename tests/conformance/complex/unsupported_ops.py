# Floor division, modulo and bit operators do not apply to complex numbers
ops = [
    lambda: (1 + 2j) // 2,
    lambda: (1 + 2j) % 2,
    lambda: divmod(1 + 2j, 2),
    lambda: 5 // 1j,
    lambda: 1j & 1,
    lambda: ~1j,
    lambda: 1j + 'a',
    lambda: [1] * 1j,
    lambda: int(1j),
    lambda: float(1j),
    lambda: round(1j),
]
for op in ops:
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)
