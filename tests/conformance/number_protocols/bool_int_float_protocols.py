# Truth value, __bool__ and __len__
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __bool__(self):
        return False
print(bool(Box([])), bool(Box([1])), bool(Flag()), not Flag())
if Box([1, 2]):
    print('box is truthy')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
print(int(True), float(False), int('  42 '), float(' -1.5e2 '), int(-7.9), int('0x1f', 16))
