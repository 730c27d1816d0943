# UnicodeEncodeError messages.
for text, codec in [('é', 'ascii'), ('ééx', 'ascii'), ('a中b', 'latin-1'), ('😀', 'latin-1')]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e)
for t in [lambda: 'a'.encode('nope'), lambda: 'é'.encode('ascii', 'nope'), lambda: 'a'.encode(None)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
'안녕'.encode('ascii')
