# hash(complex) agrees with hash(int) and hash(float) for equal values
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
print(hash(1j), hash(1 + 2j), hash(-1 - 1j), hash(complex(0.5, -0.25)))
print(hash(complex(float('inf'), 1)))
d = {1: 'int', 2j: 'imaginary'}
d[1 + 0j] = 'replaced'
print(d)
print({1, 1.0, 1 + 0j, 2j, 2j})
print(d[2j], (2j) in d, 3j in d)
