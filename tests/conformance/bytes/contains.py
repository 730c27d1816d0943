# `in` accepts an int or a bytes-like needle.
b = b'hello'
print(104 in b, 120 in b, b'ell' in b, b'' in b, b'xyz' in b)
print(bytearray(b'ell') in b, b'lo' in bytearray(b'hello'), memoryview(b'he') in b)
print(300 in b'a' if False else 'skip')
for needle in ['e', 300, 1.5]:
    try:
        print(needle in b)
    except Exception as e:
        print(type(e).__name__ + ':', e)
