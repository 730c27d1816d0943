w = ["banana", "Apple", "cherry", "fig"]
print(sorted(w, key=len), sorted(w, key=str.lower), sorted(w, key=len, reverse=True))
w.sort(key=lambda s: s[-1])
print(w, max(w, key=len), min([3, -5, 2], key=abs))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[0]))
