# Bytes literals: prefixes, escapes and implicit concatenation.
print(b'abc', b"abc", B'x', rb'\n', Rb'\x41', bR'\\', br'a\tb')
print(b'\x41\x42\x43', b'\101\102', b'\0', b'\7', b'\777')
print(b'tab\there', b'new\nline', b'cr\r', b'\a\b\f\v')
print(b'unknown \q escape', b'\u1234', b'\N{DASH}')
print(b'one' b'two' b"three")
print(b'''triple
quoted''')
print(len(b'\x00\x01\x02'), type(b''))
print(b'line \
continued')
