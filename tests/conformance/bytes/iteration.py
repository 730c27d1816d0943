# Iterating bytes yields ints; the usual built-ins work on them.
b = b'kids'
for x in b:
    print(x, end=' ')
print()
print(list(b), tuple(bytearray(b'ab')), sorted(b), sorted(b, reverse=True))
print(sum(b), max(b), min(b), len(b), any(b'\0\0'), all(b'ab'))
print(list(enumerate(b'xy')), list(zip(b'ab', b'cd')), list(reversed(b'abc')))
print([chr(c) for c in b'Hi!'], bytes(c + 1 for c in b'HAL'))
print(set(b'hello') == {104, 101, 108, 111}, dict.fromkeys(b'ab'))
it = iter(b'z')
print(next(it), next(it, 'done'))
