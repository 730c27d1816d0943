# printf-style formatting of bytes.
print(b'%d apples' % 5, b'%s and %s' % (b'x', bytearray(b'y')), b'%5d|%-5d|%05d' % (42, 42, 42))
print(b'%x %X %o %#x' % (255, 255, 8, 255), b'%.2f %e %g' % (3.14159, 12345.678, 0.0001))
print(b'%c%c' % (72, b'i'), b'%r %a' % ('é', b'x'), b'%10s|%-6b|' % (b'right', b'left'))
print(b'%(name)s is %(age)d' % {b'name': b'Min', b'age': 9}, b'100%%', b'%.3s' % b'abcdef')
print(bytearray(b'%d') % 7, b'%*d|%-*d' % (4, 1, 3, 2))
for t in [lambda: b'%s' % 'text', lambda: b'%d' % 'x', lambda: b'%d %d' % (1,), lambda: b'%d' % (1, 2),
          lambda: b'%y' % 1, lambda: b'%c' % 300, lambda: b'%x' % 1.5]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
