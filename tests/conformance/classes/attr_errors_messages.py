class Box: pass
b = Box()
try:
    b.missing
except AttributeError as e:
    print(e)
try:
    Box.missing
except AttributeError as e:
    print(e)
try:
    del b.missing
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    "text".y = 2
except AttributeError as e:
    print(e)
try:
    getattr(b, 5)
except TypeError as e:
    print(e)
