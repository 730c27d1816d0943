# Big-integer arithmetic: factorials, binomial coefficients, Fibonacci numbers and powers,
# with their digit counts and digit sums (which convert the big integers to decimal text).
# Exercises: big-int *, //, %, pow with modulus, str() of big integers, comparisons.
import sys


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def binomial(n, k):
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(c) for c in str(n))


def main(n):
    f = factorial(n)
    text = str(f)
    print(f"{n}! has {len(text)} digits, digit sum {digit_sum(f)}, ends with {len(text) - len(text.rstrip('0'))} zeros")
    print("first digits:", text[:30])
    c = binomial(2 * n, n)
    print(f"C({2 * n}, {n}) has {len(str(c))} digits, mod 1e9+7 = {c % 1000000007}")
    fib = fibonacci(10 * n)
    print(f"fib({10 * n}) has {len(str(fib))} digits, last ten {fib % 10 ** 10}")
    p = 3 ** (5 * n) - 2 ** (7 * n)
    print("3^5n - 2^7n:", p > 0, len(str(abs(p))), p % 999999937)
    print("pow mod:", pow(7, 10 ** 18 + 9, 1000000007), pow(f, 3, 10 ** 12 + 39))
    print("gcd-like check:", (f // factorial(n - 10)) == factorial(n) // factorial(n - 10))
    total = 0
    for k in range(1, n, 2):
        total += digit_sum(factorial(k)) + binomial(k, k // 3) % 1009
    print("digit sums of k! and C(k, k/3) mod 1009:", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1400)
