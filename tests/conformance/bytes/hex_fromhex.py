# hex() and fromhex().
b = b'\x00\x0f\xab\xff\x10'
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -2), b.hex(b'|', 1), b''.hex())
print(bytes.fromhex('deadbeef'), bytes.fromhex(' de ad  BE EF '), bytearray.fromhex('0102'), bytes.fromhex(''))
print(bytearray(b'\x01\x02').hex(), memoryview(b'\xab').hex())
for t in [lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('a b'),
          lambda: bytes.fromhex(12), lambda: b'a'.hex('::')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
