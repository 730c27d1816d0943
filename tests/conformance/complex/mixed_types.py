# Mixing int, float and complex gives complex
values = [2, 2.5, True, 1 + 1j]
for a in values:
    for b in values:
        r = a * b
        print(type(a).__name__, type(b).__name__, type(r).__name__, r)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 4))
