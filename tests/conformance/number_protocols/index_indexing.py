# __index__ lets an object be used as a list index or in a slice
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print('__index__ called')
        return self.n
letters = ['a', 'b', 'c', 'd', 'e']
print(letters[Idx(1)])
print(letters[Idx(1):Idx(3)])
print('hello'[Idx(-1)], (10, 20, 30)[Idx(2)])
letters[Idx(0)] = 'A'
del letters[Idx(4)]
print(letters)
print(range(10)[Idx(3)], range(10)[Idx(2):Idx(8):Idx(2)])
