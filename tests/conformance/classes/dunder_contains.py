class Even:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
print(4 in Even(), 3 in Even(), 3 not in Even())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        print("getitem", i)
        return i * 10
print(20 in Seq(), 5 in Seq())
class It:
    def __iter__(self):
        return iter(["가", "나"])
print("나" in It(), "다" in It())
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(e)
