# repr and str of complex numbers
nan = float('nan')
inf = float('inf')
values = [1+2j, 2j, -2j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -1),
          complex(nan, inf), complex(inf, -inf), complex(nan, nan), complex(1e16, 1e-16),
          complex(0.1, 0.2), complex(-1.5, 2.25), complex(123456789012345678, 0), 1/3+2/3j]
for v in values:
    print(repr(v), str(v))
print([1j, 2+0j], (3j,), {'z': -1j})
