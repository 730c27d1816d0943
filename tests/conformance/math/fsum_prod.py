# 정확한 합과 곱: fsum과 prod
import math

prices = [0.1] * 10
print(sum(prices), math.fsum(prices))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(101)))
print(math.fsum([0.1, 0.2, 0.3]) == 0.6, 0.1 + 0.2 + 0.3 == 0.6)
print(math.prod([1, 2, 3, 4, 5]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10), math.prod(["ab", 3]))
scores = [88.5, 92.25, 79.75, 95.5]
print("평균:", math.fsum(scores) / len(scores))
print(math.fsum([math.inf, 1]), math.fsum([math.inf, math.inf]))
print(math.fsum([math.inf, -math.inf]))
