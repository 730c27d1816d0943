class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in (BadBool(), BadLen(), StrLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(BadLen())
except ValueError as e:
    print(e)
try:
    if BadBool(): pass
except TypeError as e:
    print(e)
