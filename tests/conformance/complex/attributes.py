# .real, .imag and .conjugate()
z = 3 - 4j
print(z.real, z.imag, type(z.real))
print(z.conjugate(), z.conjugate().conjugate())
print((1j).imag, (5+0j).real)
w = 7
print(w.real, w.imag, w.conjugate())
f = 2.5
print(f.real, f.imag, f.conjugate())
try:
    z.real = 5
except AttributeError as e:
    print('AttributeError')
