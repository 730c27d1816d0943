# Digits of pi with Machin's formula, all in integers.
def arctan_inverse(x, unity):
    total = term = unity // x
    x_squared = x * x
    n = 3
    sign = -1
    while term:
        term //= x_squared
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10 ** 10
p = str(pi_digits(200))
print(p[0] + "." + p[1:])
print(sum(int(d) for d in p) if False else sum([int(d) for d in p]))
print(2 ** 1000 % 997, 7 ** 222 // 7 ** 220, (3 ** 100).bit_length() if False else len(bin(3 ** 100)) - 2)
