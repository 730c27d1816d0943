class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[...], s[:, None])
print(s[1:2].start, s[1:2].stop, s[1:2].step)
print(s[-1:], s["키"])
