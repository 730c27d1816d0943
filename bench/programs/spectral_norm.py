# Float arithmetic: the spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
# by the power method. Exercises: float division, function calls in inner loops, list building.
import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * u[j]
        result.append(total)
    return result


def times_a_transposed(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * u[j]
        result.append(total)
    return result


def times_ata(u):
    return times_a_transposed(times_a(u))


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"spectral norm for n={n}: {(vbv / vv) ** 0.5:.9f}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
