# statistics는 분수로 정확하게 계산해요
from fractions import Fraction
import statistics

pizza = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 8)]
print(statistics.mean(pizza))
print(repr(statistics.mean(pizza)))
print(statistics.median(pizza), statistics.variance(pizza), statistics.pvariance(pizza))
print(statistics.stdev(pizza))
print(statistics.mean([Fraction(1, 3), 1, 2]))
print(statistics.mean([Fraction(1, 2), 0.25]))
print(statistics.variance([1, 2, 3, 4], xbar=2.5), statistics.pvariance([1.5, 2.5], mu=2.0))
print(statistics.covariance([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
line = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(line, line.slope, line.intercept)
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(statistics.NormalDist(100, 15), statistics.NormalDist(100, 15).cdf(130))
print(statistics.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]))
