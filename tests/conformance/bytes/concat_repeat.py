# + and * on bytes and bytearray.
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' + memoryview(b'!'), type(bytearray() + b'').__name__)
print(b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1, bytearray(b'-') * 4)
print(b'' * 10, True * b'yes')
