# A subclass of int behaves as an int; arithmetic gives plain ints
class Count(int):
    def double(self):
        return self * 2
c = Count(21)
print(c, repr(c), c.double(), type(c.double()).__name__)
print(c + 1, 1 + c, c - c, c * c, c // 4, c % 5, c ** 2, -c, +c, abs(Count(-3)), ~c)
print(type(c + 1), type(-c), type(abs(c)), type(+c))
print(c == 21, c < 22, c > 20, isinstance(c, int), isinstance(c, Count))
print(c.bit_length(), c.real, c.imag, c.numerator, type(c.real))
print(int(c), type(int(c)), float(c), str(c), hex(c), bin(c), oct(c))
