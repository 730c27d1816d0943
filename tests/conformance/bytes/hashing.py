# bytes are hashable (dict keys, set members); bytearray is not.
d = {b'key': 1, b'other': 2}
print(d[b'key'], b'other' in d, hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()))
print(len({b'a', b'a', b'b'}), hash(memoryview(b'xy')) == hash(b'xy'))
print({bytes(bytearray(b'k')): 'converted'})
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print('TypeError:', e)
s = {bytearray(b'nope')}
