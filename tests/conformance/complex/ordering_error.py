# Complex numbers have no order
for a, b in [(1j, 2j), (1j, 1), (2, 1j), (1.5, 1j)]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
try:
    print(sorted([3j, 1j]))
except TypeError as e:
    print('TypeError:', e)
try:
    print(max(1j, 2j))
except TypeError as e:
    print('TypeError:', e)
print(1j >= 2j)
