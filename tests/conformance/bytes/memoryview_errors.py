# What memoryview refuses.
def setitem(obj, key, value):
    obj[key] = value

def setslice(obj, start, stop, step, value):
    obj[start:stop:step] = value

def delitem(obj, key):
    del obj[key]

ro = memoryview(b'abc')
rw = memoryview(bytearray(b'abc'))
tries = [lambda: memoryview('text'), lambda: memoryview(5), lambda: setitem(ro, 0, 1),
         lambda: setitem(rw, 0, 256), lambda: setslice(rw, 0, 2, None, b'x'), lambda: rw[5],
         lambda: delitem(rw, 0), lambda: hash(rw), lambda: rw['a']]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
