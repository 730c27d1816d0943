# Index errors on bytes and bytearray.
for t in [lambda: b'abc'[3], lambda: b'abc'[-4], lambda: bytearray(b'ab')[5],
          lambda: b'abc'['0'], lambda: bytearray(b'x')[1.0], lambda: b''[0]]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(b'abc'[5])
