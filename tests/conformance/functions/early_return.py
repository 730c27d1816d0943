# 소수 찾기: 중간에 return 하기
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

primes = []
for n in range(50):
    if is_prime(n):
        primes.append(n)
print(primes)
print(len(primes))
print(is_prime(97), is_prime(91))
