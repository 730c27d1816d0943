# str.encode with utf-8, ascii, latin-1 and the error handlers.
print('hello'.encode(), '안녕하세요'.encode(), 'café'.encode('utf-8'), len('😀'.encode()))
print('café'.encode('latin-1'), 'abc'.encode('ascii'), 'x'.encode(encoding='UTF-8'))
print('café 中'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'é中😀'.encode('ascii', 'backslashreplace'))
print('é中'.encode('ascii', 'xmlcharrefreplace'), '中'.encode('latin-1', errors='replace'))
print('round trip'.encode().decode() == 'round trip', '한'.encode().decode())
