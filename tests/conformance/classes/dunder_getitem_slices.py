class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[...], s[:, None])
print(s[1:2].start, s[1:2].stop, s[1:2].step)
print(s[-1:], s["키"])
s2 = slice(1, 5, 2)
print(s2, slice(3), isinstance(s[1:2], slice), [0, 1, 2, 3, 4, 5][s2])
try:
    slice()
except TypeError as e:
    print(e)
