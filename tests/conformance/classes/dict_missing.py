class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter(a=1)
print(c["a"], c["b"], c)
print(c.get("z"), "z" in c)
class AutoList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
a = AutoList()
a["x"].append(1)
a["x"].append(2)
print(a)
