# replace, strip and friends, removeprefix/removesuffix.
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2))
print(b'hello'.replace(b'l', b''), bytearray(b'xx').replace(b'x', b'yz'), b'abc'.replace(b'z', b'q'))
print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'\t\n hi \x0b\x0c\r'.strip())
print(b'xxhixx'.strip(b'x'), b'abchiabc'.strip(b'cab'), b'hi'.strip(None), bytearray(b'..a..').lstrip(b'.'))
print(b'test_file.py'.removeprefix(b'test_'), b'test_file.py'.removesuffix(b'.py'), b'abc'.removeprefix(b'x'))
print(bytearray(b'abc').removesuffix(b'c'), b'abc'.removeprefix(b''))
try:
    b'abc'.strip('a')
except TypeError as e:
    print('TypeError:', e)
