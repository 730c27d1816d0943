# abs() is the length of the arrow; bool() is False only for 0j
print(abs(3 + 4j), abs(-5j), abs(0j), abs(1 + 1j))
print(abs(complex(float('inf'), 1)), abs(complex(1, float('nan'))))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), bool(complex(-0.0, 0)))
if 2j:
    print('2j is true')
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError:', e)
