# 시험 점수를 백분율로
scores = [("Minji", 47, 50), ("Jisu", 38, 50), ("Hana", 50, 50), ("Tom", 9, 50)]
for name, got, out_of in scores:
    ratio = got / out_of
    bar = "#" * int(ratio * 20)
    print("{:<6} {:>7.1%} |{:<20}|".format(name, ratio, bar))
print(format(0.5, "%"), format(0.256, ".0%"), format(1 / 3, ".2%"), format(1.5, "%"))
print(format(0.0001, ".3%"), format(-0.25, "+.1%"), format(2, ".0%"))
done = 7
todo = 9
print("progress: {:.1%} ({} of {})".format(done / todo, done, todo))
print("%d%% done, %.1f%% left" % (50, 49.95))
