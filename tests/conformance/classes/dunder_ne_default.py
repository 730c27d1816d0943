# __eq__만 정의하면 != 는 그 반대
class Card:
    def __init__(self, rank): self.rank = rank
    def __eq__(self, o):
        print("__eq__ called")
        if not isinstance(o, Card): return NotImplemented
        return self.rank == o.rank
print(Card(1) != Card(1))
print(Card(1) != Card(2))
print(Card(1) == 3, Card(1) != 3)
print(3 == Card(1))
