# A subclass of complex
class Point(complex):
    def describe(self):
        return f'x={self.real}, y={self.imag}'
p = Point(3, 4)
print(p, repr(p), p.describe(), abs(p), p.conjugate(), type(p.conjugate()).__name__)
print(p + 1, type(p + 1).__name__, p * 1j, p == 3 + 4j, hash(p) == hash(3 + 4j))
print(Point('1+2j'), Point(), isinstance(p, complex))
q = Point(1, 1)
q.label = 'corner'
print(q.label, q.__dict__)
