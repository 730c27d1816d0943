# 데이터가 모자라면 StatisticsError
import statistics

tests = [
    ("mean", lambda: statistics.mean([])),
    ("fmean", lambda: statistics.fmean([])),
    ("median", lambda: statistics.median([])),
    ("median_low", lambda: statistics.median_low([])),
    ("mode", lambda: statistics.mode([])),
    ("stdev", lambda: statistics.stdev([5])),
    ("variance", lambda: statistics.variance([])),
    ("pstdev", lambda: statistics.pstdev([])),
    ("pvariance", lambda: statistics.pvariance([])),
    ("quantiles", lambda: statistics.quantiles([1])),
    ("quantiles n", lambda: statistics.quantiles([1, 2, 3], n=0)),
    ("harmonic", lambda: statistics.harmonic_mean([3, -1])),
    ("harmonic empty", lambda: statistics.harmonic_mean([])),
    ("geometric", lambda: statistics.geometric_mean([4, 0])),
    ("weights", lambda: statistics.fmean([1, 2], weights=[1])),
]
for name, action in tests:
    try:
        print(name, "=", action())
    except statistics.StatisticsError as err:
        print(name, "-> StatisticsError:", err)

print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.mean(["a", "b"])
except TypeError as err:
    print("TypeError:", err)
try:
    statistics.quantiles([1, 2, 3], method="middle")
except ValueError as err:
    print("ValueError:", err)
print(statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([7]))
print(statistics.median(["banana", "apple", "cherry"]))
try:
    statistics.stdev([42])
except ValueError as err:
    print(type(err).__name__, err.args)
