# A negative number to a fractional power is complex; pow() with a modulus is not for complex
print((-8) ** (1 / 3))
print((-1) ** 0.5, (-1.0) ** 2.5, (-4) ** 0.5)
print(2 ** 0.5j, 0.5 ** (1 + 1j))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    0.0 ** -1j
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print((3 + 4j).__getnewargs__(), (1 + 1j) ** 100)
