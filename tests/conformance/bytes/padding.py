# center, ljust, rjust, zfill and expandtabs.
print(b'hi'.center(6), b'hi'.center(7, b'*'), b'hi'.center(1), b'abc'.center(6, b'-'))
print(b'hi'.ljust(5, b'.'), b'hi'.rjust(5), bytearray(b'x').rjust(3, b'0'))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b''.zfill(3), b'long'.zfill(2))
print(b'a\tb\tc'.expandtabs(), b'ab\tc'.expandtabs(4), b'x\ty\nz\tw'.expandtabs(2), b'\t'.expandtabs(0))
for t in [lambda: b'x'.center(5, 'x'), lambda: b'x'.center(5, b'ab'), lambda: b'x'.ljust('5')]:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
