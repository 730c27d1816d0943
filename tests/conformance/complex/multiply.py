# Multiplication: (a+bi)(c+di) = (ac-bd) + (ad+bc)i
print(1j * 1j)
print((1 + 2j) * (3 + 4j))
print((2 + 3j) * 2, 2 * (2 + 3j), 0.5 * (4 - 2j))
print((1 + 1j) * (1 - 1j))
z = 1 + 1j
for i in range(8):
    z *= 1 + 1j
    print(i, z)
