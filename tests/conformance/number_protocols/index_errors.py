# What happens when __index__ is missing or returns something else
class Nope:
    pass
class Liar:
    def __index__(self):
        return 'x'
tests = [
    lambda: [1, 2][Nope()],
    lambda: [1, 2][Liar()],
    lambda: range(Nope()),
    lambda: bin(Nope()),
    lambda: hex(2.5),
    lambda: 'abc'[one_point_oh],
    lambda: [1, 2, 3][Nope():],
]
one_point_oh = 1.0
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
