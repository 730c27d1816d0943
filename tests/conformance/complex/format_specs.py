# format() and f-strings with complex numbers
z = 1.5 - 2.25j
for spec in ['', '.2f', '10.1f', '<20', '^20', '+.3e', 'g', '.3g', 'E', '>15', '*^25.2f', ' ', '+', 'n']:
    print(repr(spec), '[' + format(z, spec) + ']', '[' + format(3j, spec) + ']')
print(f'{z}', f'{z!r}', f'{z:.1f}', f'{2j:8}', '{:.2f}'.format(1 + 1j))
print('%s and %r' % (z, 2j))
for bad in ['010', '=10', 'd', '%', 'x']:
    try:
        format(z, bad)
    except ValueError as e:
        print('ValueError:', e)
