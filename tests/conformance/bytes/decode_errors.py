# UnicodeDecodeError messages, as CPython words them.
samples = [b'\xff', b'ab\x80', b'\xe4\xb8', b'\xe4\xb8x', b'\xe4x', b'\xed\xa0\x80', b'\xc0\x80', b'\xf0\x90', b'\xf5']
for s in samples:
    try:
        s.decode()
    except UnicodeDecodeError as e:
        print(e)
try:
    b'caf\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, isinstance(e, ValueError), isinstance(e, UnicodeError))
for t in [lambda: b'a'.decode('klingon'), lambda: b'\xff'.decode('utf-8', 'nope'), lambda: b'a'.decode(5)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
b'\xe9t\xe9'.decode()
