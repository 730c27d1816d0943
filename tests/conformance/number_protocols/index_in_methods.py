# __index__ in methods taking sizes and positions
class N:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print('hello'.center(N(11), '*'), 'abc'.ljust(N(5)) + '|', 'x'.zfill(N(4)))
data = [5, 6, 7, 8]
data.insert(N(1), 99)
print(data, data.pop(N(0)), data)
print(round(3.14159, N(2)), 'a,b,c'.split(',', N(1)))
print((1, 2, 3, 2).index(2, N(2)), [1, 2, 3][N(0):N(2)])
