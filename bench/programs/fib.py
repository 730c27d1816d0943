# Recursive calls: the naive Fibonacci function, plus a mutually recursive pair.
# Exercises: Python-to-Python calls, small-int arithmetic, comparisons.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main(n):
    print("fib", n, "=", fib(n))
    evens = 0
    for k in range(300):
        if is_even(k):
            evens += 1
    print("even numbers below 300:", evens)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
