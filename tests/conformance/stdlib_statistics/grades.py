# 우리 반 시험 점수 통계
import statistics as st

math_scores = [88, 92, 79, 93, 85, 92, 70, 64, 92, 81]
science = [72.5, 88.0, 91.5, 65.0, 79.5, 84.0]

print("mean:", st.mean(math_scores), st.mean(science))
print("fmean:", st.fmean(math_scores), st.fmean(science))
print("median:", st.median(math_scores), st.median(science), st.median([3, 1, 2]))
print("median_low/high:", st.median_low(math_scores), st.median_high(math_scores))
print("median_grouped:", st.median_grouped(math_scores), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 5], interval=2))
print("mode:", st.mode(math_scores), st.mode(["red", "blue", "red", "green"]))
print("multimode:", st.multimode("aabbbccccdddd"), st.multimode([]))
print("variance:", st.variance(math_scores), st.pvariance(math_scores))
print("stdev:", st.stdev(math_scores), st.pstdev(math_scores))
print("science spread:", st.variance(science), st.stdev(science), st.pstdev(science))
print("whole numbers stay whole:", st.mean([2, 4, 6]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]))
print("quartiles:", st.quantiles(math_scores))
print("deciles:", st.quantiles(range(1, 101), n=10))
print("inclusive:", st.quantiles(math_scores, n=4, method="inclusive"))
print("harmonic:", st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print("geometric:", round(st.geometric_mean([54, 24, 36]), 9))
print("weighted fmean:", st.fmean([85, 92, 78], weights=[0.2, 0.5, 0.3]))
print("generator:", st.mean(x * x for x in range(5)), st.median(iter([5, 1, 4])))
print("tiny floats exact:", st.mean([0.1, 0.2, 0.3]), st.mean([1e50, 1, -1e50]), st.variance([0.1, 0.1, 0.1]))
print("booleans:", st.mean([True, False, True, True]))

for name in sorted(["mina", "jun", "seo"]):
    marks = {"mina": [90, 85, 100], "jun": [70, 75], "seo": [60, 95, 80, 85]}[name]
    print(f"{name:5} avg={st.mean(marks):7.2f} spread={st.pstdev(marks):.3f}")
