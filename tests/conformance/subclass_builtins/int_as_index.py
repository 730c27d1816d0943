# int subclasses can index, slice, repeat and count
class Pos(int):
    pass
items = ['a', 'b', 'c', 'd', 'e']
i = Pos(2)
print(items[i], items[Pos(1):Pos(4)], items[::Pos(2)])
print('xy' * Pos(3), [0] * Pos(2), list(range(Pos(4))), range(Pos(1), Pos(10), Pos(3)))
print(chr(Pos(65)), 'abcdef'[Pos(-1)], (1, 2, 3)[Pos(0)])
print(round(Pos(1234), -2), divmod(Pos(17), Pos(5)), pow(Pos(2), Pos(10)))
