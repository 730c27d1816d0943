class Cell:
    __slots__ = ["value", "note"]
c = Cell()
try:
    c.value
except AttributeError as e:
    print(e)
c.value = 1
del c.value
try:
    del c.value
except AttributeError as e:
    print(e)
print(type(Cell.value).__name__)
print(Cell.__slots__)
