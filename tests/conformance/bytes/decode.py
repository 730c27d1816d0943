# decode with utf-8, ascii and latin-1, and the error handlers.
print(b'hello'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xec\x95\x88\xeb\x85\x95'.decode())
print(b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'x'.decode(encoding='UTF8'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode(errors='backslashreplace'))
print(b'a\x80b'.decode('ascii', 'replace'), b'\xe4\xb8'.decode('utf-8', 'replace'), bytearray(b'ok').decode())
print(len(b'\xf0\x9f\x98\x80'.decode()), str(b'xyz', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
