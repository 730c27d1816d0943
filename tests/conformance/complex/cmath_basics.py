import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-4.0))
print(cmath.phase(1j), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(1 + 1j), cmath.polar(-2))
print(cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2))
print(cmath.exp(0), cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j))
print(cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(100, 10), cmath.log10(1000))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(complex(float('nan'), 0)))
print(cmath.cos(0), cmath.sin(1j), cmath.tan(1 + 1j))
try:
    cmath.log(0)
except ValueError as e:
    print('ValueError:', e)
