# Solving x**2 + bx + c = 0 with complex roots
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
print(roots(1, -3, 2))
print(roots(1, 2, 5))
print(roots(1, 0, 1))
for r in roots(1, 2, 5):
    print(r, r * r + 2 * r + 5)
