# translate with a maketrans table and deletions.
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100])
print(b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), b'abc'.translate(table, b'b'))
print(bytearray(b'cab').translate(table), bytearray.maketrans(b'a', b'A')[97])
print(b'abc'.translate(None, delete=b'ac'))
for t in [lambda: b'a'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c')]:
    try:
        print(t())
    except ValueError as e:
        print('ValueError:', e)
