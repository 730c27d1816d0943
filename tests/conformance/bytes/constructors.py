# bytes() and bytearray() from ints, iterables, strings and buffers.
print(bytes(), bytearray())
print(bytes(4), bytearray(2))
print(bytes([72, 105]), bytearray([72, 105]))
print(bytes(range(65, 70)), bytes((x * 2 for x in range(3))))
print(bytes('안녕', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytearray('é', 'latin-1'), bytes('é', 'ascii', 'replace'), bytes('xé', 'ascii', errors='ignore'))
print(bytes(b'copy'), bytes(bytearray(b'from ba')), bytearray(b'from b'))
print(bytes(memoryview(b'view')), bytes(True), bytes([True, False]))
b = b'same'
print(bytes(b) is b)
ba = bytearray(b'x')
print(bytearray(ba) is ba, bytearray(ba) == ba)
