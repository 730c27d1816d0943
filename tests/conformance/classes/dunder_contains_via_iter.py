class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __iter__(self):
        print("__iter__")
        for c in self.cards:
            print("  본다", c)
            yield c
d = Deck()
print("K" in d)
print("2" in d)
print("2" not in d)
