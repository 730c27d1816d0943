class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = LowerDict()
d["ABC"] = 1
d["Def"] = 2
print(d, d["abc"], d["DEF"], len(d))
print(list(d.keys()), isinstance(d, dict))
