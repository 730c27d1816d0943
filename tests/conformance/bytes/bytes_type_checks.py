# bytes and bytearray as types.
print(type(b'x') is bytes, isinstance(bytearray(), bytearray), isinstance(b'', bytearray))
print(bytes.__name__, bytearray.__name__, memoryview.__name__, type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(bool(b''), bool(b'\x00'), bool(bytearray()), not memoryview(b''))
def describe(x):
    match x:
        case bytes():
            return 'bytes ' + str(len(x))
        case bytearray():
            return 'bytearray'
        case b'literal':
            return 'never'
    return 'other'
print(describe(b'ab'), describe(bytearray()), describe('s'))
match b'GET':
    case b'GET':
        print('matched literal')
