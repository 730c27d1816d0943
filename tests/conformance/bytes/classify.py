# is* methods on bytes: ASCII rules, and empty bytes are False (except isascii).
for b in [b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t\n', b'', b'Hello World', b'hello world', b'\xe9', b'A1 B2']:
    print(b, b.isalnum(), b.isalpha(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii())
