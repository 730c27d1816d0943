# Item and slice assignment and deletion on bytearray.
ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = 70
print(ba)
ba[1:3] = b'XYZ'
print(ba)
ba[1:4] = []
print(ba)
ba[::2] = b'123'
print(ba)
ba[0:0] = [48, 48]
print(ba)
ba[2:4] = bytearray(b'')
del ba[0]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
ba = bytearray(b'xy')
ba[:] = ba + ba
print(ba)
ba[len(ba):] = range(65, 68)
print(ba)
