# Indexing bytes gives ints; slicing gives bytes.
b = b'Hello, world'
print(b[0], b[-1], b[4], type(b[0]))
print(b[0:5], b[7:], b[:-6], b[::2], b[::-1], b[100:], b[-100:3])
print(b[0:1], ord(b[0:1]), chr(b[0]))
ba = bytearray(b'abcdef')
print(ba[1], ba[1:4], ba[::-2], type(ba[1:3]).__name__)
print(b'012345'[1::2], b'012345'[-2:], b'012345'[4:1:-1])
