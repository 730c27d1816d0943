class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print("eq"); return self.n == o.n
    def __ne__(self, o): print("ne"); return self.n != o.n
    def __lt__(self, o): print("lt"); return self.n < o.n
    def __le__(self, o): print("le"); return self.n <= o.n
    def __gt__(self, o): print("gt"); return self.n > o.n
    def __ge__(self, o): print("ge"); return self.n >= o.n
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
