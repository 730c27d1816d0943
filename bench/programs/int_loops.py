# Integer loops: a sieve of Eratosthenes, Collatz chain lengths and a digit sum.
# Exercises: while/for loops over ranges, list indexing and assignment, //, %, small ints.
import sys


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    count = 0
    for flag in is_prime:
        if flag:
            count += 1
    return count


def longest_collatz(limit):
    best_start = 1
    best_length = 1
    for start in range(1, limit):
        n = start
        length = 1
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            length += 1
        if length > best_length:
            best_start = start
            best_length = length
    return best_start, best_length


def digit_sum_total(limit):
    total = 0
    for n in range(limit):
        while n > 0:
            total += n % 10
            n //= 10
    return total


def main(scale):
    print("primes below", 100000 * scale, ":", sieve(100000 * scale))
    print("longest Collatz chain below", 30000 * scale, ":", longest_collatz(30000 * scale))
    print("sum of digits below", 100000 * scale, ":", digit_sum_total(100000 * scale))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
