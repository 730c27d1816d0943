# ** with complex numbers
print(1j ** 2, 1j ** 3, 1j ** 4, 1j ** -1)
print((1 + 1j) ** 2, (1 + 1j) ** 10, (2 + 0j) ** -2)
print((1 + 2j) ** 0.5, 4 ** 0.5j, (-1) ** 0.5)
print(1j ** 1j, (1 + 1j) ** (1 - 1j))
print(0j ** 0, 0j ** 2, (3 + 4j) ** 0)
print(pow(1 + 1j, 3), pow(2, 1j))
for bad in [-1, 1j, -2.5]:
    try:
        print(0j ** bad)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    print((1e200 + 1e200j) ** 2)
except OverflowError as e:
    print('OverflowError:', e)
