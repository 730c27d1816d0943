# What bytearray's mutations refuse.
ba = bytearray(b'abc')

def setitem(obj, key, value):
    obj[key] = value

def setslice(obj, start, stop, step, value):
    obj[start:stop:step] = value

def delitem(obj, key):
    del obj[key]

tries = [
    lambda: ba.append(256), lambda: ba.append('a'), lambda: ba.extend(5), lambda: ba.extend([1, 300]),
    lambda: ba.extend('ab'), lambda: bytearray().pop(), lambda: ba.pop(10), lambda: ba.remove(120),
    lambda: ba.insert(0, -1), lambda: setitem(ba, 5, 1), lambda: setitem(ba, 0, 999),
    lambda: setslice(ba, 0, 3, 2, b'x'), lambda: setslice(ba, 0, 1, None, 5),
    lambda: setslice(ba, 0, 1, None, 'a'), lambda: delitem(ba, 7),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(ba)
