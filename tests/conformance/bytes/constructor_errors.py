# What bytes() refuses, with CPython's messages.
tries = [
    lambda: bytes('text'),
    lambda: bytearray('text'),
    lambda: bytes(5, 'utf-8'),
    lambda: bytes(b'x', errors='strict'),
    lambda: bytes(-1),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(['a']),
    lambda: bytes([1.5]),
    lambda: bytes(1.5),
    lambda: bytearray(1.5),
    lambda: bytes(None),
    lambda: bytes('x', 'no-such-codec'),
    lambda: bytes('x', 5),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
