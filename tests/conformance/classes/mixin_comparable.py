class ComparableMixin:
    def __lt__(self, other): return self._key() < other._key()
    def __le__(self, other): return self._key() <= other._key()
    def __gt__(self, other): return self._key() > other._key()
    def __ge__(self, other): return self._key() >= other._key()
class Score(ComparableMixin):
    def __init__(self, name, points):
        self.name, self.points = name, points
    def _key(self):
        return self.points
    def __repr__(self):
        return f"{self.name}:{self.points}"
scores = [Score("a", 30), Score("b", 10), Score("c", 20)]
print(sorted(scores), max(scores), min(scores))
print(Score("x", 1) < Score("y", 2), Score("x", 5) >= Score("y", 5))
