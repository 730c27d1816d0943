# Addition and subtraction with ints, floats and complex
a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, b - a)
print(a + 1, 1 + a, a - 1.5, 1.5 - a)
print(a + True, a - 0, 0 - a)
total = 0
for k in range(1, 5):
    total += k * 1j
print(total)
a += 10
print(a, type(a))
