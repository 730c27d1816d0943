# What complex() refuses, with CPython's messages
tries = [
    lambda: complex('1', 2),
    lambda: complex(1, '2'),
    lambda: complex([1]),
    lambda: complex(1, [2]),
    lambda: complex(None),
    lambda: complex(1, 2, 3),
    lambda: complex(1, real=2),
    lambda: complex(foo=1),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
