# bin, oct, hex, range, chr and operator.index use __index__
import operator
class Seven:
    def __index__(self):
        return 7
s = Seven()
print(bin(s), oct(s), hex(s), chr(Seven().__index__() + 58))
print(list(range(s)), list(range(2, s)), list(range(0, 20, s)))
print(operator.index(s), operator.index(5), operator.index(True))
print('ab' * s, [0] * s, s.__index__())
print(int(s), float(s), complex(s))
for bad in [2.5, '3', None]:
    try:
        operator.index(bad)
    except TypeError as e:
        print('TypeError:', e)
