# complex(real, imag) from numbers
print(complex())
print(complex(1))
print(complex(1, 2))
print(complex(1.5, -2.5))
print(complex(True, False))
print(complex(real=3, imag=4))
print(complex(imag=2))
print(complex(1j, 1j))
print(complex(1+2j, 3+4j))
print(complex(2**60, 1))
z = 1 + 2j
print(complex(z) is z)
