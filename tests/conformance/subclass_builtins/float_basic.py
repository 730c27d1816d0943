# A subclass of float
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(36.6)
print(t, repr(t), t.to_f(), type(t.to_f()).__name__)
print(t + 1, type(t + 1).__name__, t > 30, round(t), round(t, 0), int(t))
print(t.is_integer(), t.as_integer_ratio()[1] > 0, t.real, t.hex()[:6])
print(f'{t:.3f}', format(t, '>10'), '%.2f' % t, str(t))
print(isinstance(t, float), float(t), type(float(t)).__name__)
