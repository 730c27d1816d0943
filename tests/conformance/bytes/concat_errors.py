# What + and * refuse.
for t in [lambda: b'a' + 'a', lambda: b'a' + 1, lambda: bytearray(b'a') + 'a',
          lambda: 'a' + b'a', lambda: b'ab' * 1.5, lambda: b'a' + [1], lambda: b'a' - b'a']:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print(b'total: ' + 5)
