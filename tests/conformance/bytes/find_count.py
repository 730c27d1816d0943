# find, rfind, index, rindex and count with bytes or int needles.
b = b'banana bandana'
print(b.find(b'an'), b.find(b'an', 3), b.find(b'an', 3, 4), b.find(b'xyz'), b.find(97), b.find(b''))
print(b.rfind(b'an'), b.rfind(b'an', 0, 5), b.rfind(110), b.rfind(b''), b.find(b'', 100))
print(b.index(b'ban'), b.rindex(b'ban'), b.index(b'a', -3), b.find(b'a', None, None))
print(b.count(b'an'), b.count(b'a'), b.count(97), b.count(b''), b.count(b'a', 7), b.count(b'', 20))
print(bytearray(b'aaa').count(b'aa'), bytearray(b'xyz').find(b'z'))
for t in [lambda: b.index(b'zz'), lambda: b.rindex(b'q'), lambda: b.find('a'), lambda: b.count(300),
          lambda: b.find(b'a', 'x')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
