# Multiplying by 1j turns a point a quarter turn
p = 3 + 1j
for i in range(5):
    print(i, p, p.real, p.imag)
    p *= 1j
points = [1 + 0j, 0 + 1j, -1 + 0j]
print([q * (1 + 1j) for q in points])
