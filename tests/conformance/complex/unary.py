# Unary minus and plus
z = 1 - 2j
print(-z, +z, -(-z), +z == z)
print(-0j, -complex(0, 0), -complex(-0.0, 0))
print(abs(-z) == abs(z))
