import math
class Meters(float):
    pass
m = Meters(2.25)
print(math.sqrt(m), math.floor(m), math.ceil(m), math.trunc(m), math.isfinite(m))
print(math.hypot(Meters(3), Meters(4)), math.fsum([m, m]), max(m, 1), min([Meters(5), 3]))
print(sorted([Meters(3.5), 1, Meters(-2)]), sum([m, m, m]))
print(abs(Meters(-1.5)), type(abs(Meters(-1.5))).__name__, -m, divmod(m, 1))
