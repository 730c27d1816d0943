# Imaginary literals: a number followed by j (or J)
print(1j, 2J, 0j, 1.5j, 1e3j, 1_000j, .5j, 5.j)
print(type(1j))
z = 3 + 4j
print(z)
print(-2j, +2j, -(1+1j))
print(1e-20j, 1e20j, 1e300j * 1e300j)
