# startswith/endswith with a prefix, a tuple of prefixes and a range.
b = b'photo.png'
print(b.startswith(b'pho'), b.startswith(b'x'), b.endswith(b'.png'), b.endswith((b'.jpg', b'.png')))
print(b.startswith(b'to', 3), b.startswith(b'to', 3, 4), b.endswith(b'pho', 0, 3), b.startswith(b''))
print(bytearray(b'abc').startswith(bytearray(b'ab')), b.startswith(b'', 20))
for t in [lambda: b.startswith('pho'), lambda: b.endswith(['png']), lambda: b.startswith((b'a', 'b'))]:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
