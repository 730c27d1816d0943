# split, rsplit, splitlines and join.
print(b'a b  c\td\n'.split(), b'  lead and trail  '.split(), b''.split(), b'   '.split())
print(b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.split(sep=b',', maxsplit=0))
print(b'one two three'.split(None, 1), b'a::b::c'.split(b'::'))
print(b'a b c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'  x y  '.rsplit(), b'a,b'.rsplit(b','))
print(b'l1\nl2\r\nl3\rl4'.splitlines(), b'l1\nl2\n'.splitlines(True), b''.splitlines(), b'x\n\ny'.splitlines(keepends=False))
print(b', '.join([b'a', b'b', bytearray(b'c')]), b''.join([]), bytearray(b'-').join([b'x', b'y']))
print(b'/'.join(memoryview(x) for x in [b'p', b'q']))
for t in [lambda: b'a b'.split(''), lambda: b'a b'.split(b''), lambda: b'-'.join([b'a', 'b']),
          lambda: b'-'.join([b'a', 1])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
