# memoryview: a window onto bytes or a bytearray.
data = bytearray(b'hello world')
m = memoryview(data)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.obj is data)
print(m.tobytes(), m.tolist()[:5], bytes(m[6:]), m[::2].tobytes(), m[::-1].tobytes())
m[0] = 72
m[6:11] = b'WORLD'
print(data)
sub = m[6:]
sub[0] = 119
print(data, sub.tobytes(), len(sub))
print(list(memoryview(b'abc')), 98 in memoryview(b'abc'), memoryview(b'xy') == b'xy')
r = memoryview(b'readonly')
print(r.readonly, r[0:4].tobytes(), r.hex())
r.release()
try:
    r[0]
except ValueError as e:
    print('ValueError:', e)
with memoryview(b'ctx') as v:
    print(v.tobytes())
