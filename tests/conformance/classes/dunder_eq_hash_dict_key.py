class Coord:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        print("eq", (self.x, self.y), (o.x, o.y))
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
board = {Coord(0, 0): "X"}
print(board[Coord(0, 0)])
print(Coord(1, 1) in board)
s = {Coord(2, 2)}
s.add(Coord(2, 2))
print(len(s))
