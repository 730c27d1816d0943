# partition and rpartition.
print(b'key=value=more'.partition(b'='), b'key=value=more'.rpartition(b'='))
print(b'nothing'.partition(b'='), b'nothing'.rpartition(b'='))
print(bytearray(b'a-b').partition(b'-'))
for t in [lambda: b'a'.partition(b''), lambda: b'a'.partition('=')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
