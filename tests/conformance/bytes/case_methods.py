# Case changes touch ASCII letters only.
b = b'hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're bill's friends".title(), b'HELLO'.capitalize(), b'a1b2'.title())
print(bytearray(b'MiXeD').swapcase(), b''.upper())
