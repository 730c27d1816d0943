# Comparisons are by byte values, and bytes never equal str.
print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'' < b'\x00')
print(b'abc' == b'abc', b'abc' != b'abd', b'a' == bytearray(b'a'), bytearray(b'a') <= b'a')
print(b'a' == 'a', b'' == '', b'1' == 1, b'a' != 'a')
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), memoryview(b'a') == 'a')
print(sorted([b'pear', b'apple', b'Zoo', b'fig']), max(b'ab', b'b'))
try:
    print(b'a' < 'a')
except TypeError as e:
    print('TypeError:', e)
