class Countdown:
    def __init__(self, start): self.n = start
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("반복", x)
c = Countdown(2)
print(next(c), next(c), next(c, "끝"))
print(iter(c) is c)
