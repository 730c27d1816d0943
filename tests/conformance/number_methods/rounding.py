# 반올림은 어떻게 될까? (짝수 쪽으로 반올림, 정확한 이진수 값 기준)
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, 1234.5678]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 0), round(x, -1), round(x, -2))
print(round(1234.5, -1), round(1235, -1), round(1245, -1), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), round(7, -5), round(True), round(False, 3), round(2 ** 80 + 5, -1), round(10 ** 25 + 1, -24))
print(round(1e300, 2), round(1e300, -300), round(1e-300, 300), round(5e-324, 324), round(-0.0, 2), round(-0.4))
print(round(3.14159, 10 ** 20), round(3.14159, -(10 ** 20)), round(-3.14159, -(10 ** 20)), round(float("inf"), 2))
print(round(1e20), round(1.5e16), round(2.5, None), round(number=2.675, ndigits=2), type(round(2.5)), type(round(2.5, 0)))
price = 19.995
print("가격:", round(price, 2), f"{price:.2f}")
scores = [88.5, 92.25, 79.125, 95.0]
print("평균:", round(sum(scores) / len(scores), 2))
for bad in ["'3'", "1.5, 'x'", "None"]:
    try:
        if bad == "'3'":
            round("3")
        elif bad == "None":
            round(None)
        else:
            round(1.5, "x")
    except TypeError as e:
        print("TypeError:", e)
for special in [float("nan"), float("inf")]:
    try:
        round(special)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
