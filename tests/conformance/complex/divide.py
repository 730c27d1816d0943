# True division of complex numbers
print((1 + 2j) / (3 + 4j))
print((1 + 2j) / 2, 1 / (1j), 2 / (1 + 1j))
print((4 + 2j) / (1 - 1j))
print(1e300j / 1e-300j)
print((1 + 1j) / 1e-320j)
for bad in [0, 0.0, 0j, complex(0, -0.0)]:
    try:
        print((1 + 1j) / bad)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
