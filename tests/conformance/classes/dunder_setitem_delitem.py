class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5])
del g[0, 0]
print(g.cells)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
try:
    g[1:3] = [1]
except TypeError as e:
    print(e)
