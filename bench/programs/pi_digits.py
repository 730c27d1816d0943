# Big-integer arithmetic: digits of pi by Gibbons' unbounded spigot algorithm, which keeps
# a few ever-growing integers and emits one digit at a time.
# Exercises: multiplication, addition and floor division of integers with thousands of digits.
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def main(count):
    digits = pi_digits(count)
    text = "".join(str(d) for d in digits)
    print("pi =", text[0] + "." + text[1:51])
    for start in range(0, count, count // 4):
        print(f"digits {start}..{start + 49}:", text[start:start + 50])
    print("digit sum:", sum(digits), "sevens:", text.count("7"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
