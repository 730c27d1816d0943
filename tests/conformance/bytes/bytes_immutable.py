# bytes cannot be changed in place.
b = b'abc'
try:
    b[0] = 65
except TypeError as e:
    print('TypeError:', e)
try:
    del b[0]
except TypeError as e:
    print('TypeError:', e)
try:
    b.append(1)
except AttributeError as e:
    print('AttributeError:', e)
b += b'd'
print(b)
