class Won:
    def __init__(self, n): self.n = n
    def __format__(self, spec):
        print("spec:", repr(spec))
        if spec == "k":
            return f"{self.n // 1000}천원"
        return format(self.n, spec) + "원"
w = Won(12000)
print(f"{w}", f"{w:k}", f"{w:,}", format(w, ">10"), "{:k}".format(w))
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "d")
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(e)
