class Money:
    def __init__(self, won):
        self.won = won
    def __repr__(self):
        return f"Money({self.won})"
    def __str__(self):
        return f"{self.won:,}원"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.won + other.won)
        if isinstance(other, int):
            return Money(self.won + other)
        return NotImplemented
    def __radd__(self, other):
        return self + other
    def __lt__(self, other):
        return self.won < other.won
    def __eq__(self, other):
        return isinstance(other, Money) and self.won == other.won
    def __hash__(self):
        return hash(self.won)
    def __bool__(self):
        return self.won != 0
wallet = [Money(500), Money(1000), Money(50)]
print(sum(wallet), sorted(wallet), max(wallet), min(wallet))
print(Money(5) == Money(5), Money(5) != Money(6), Money(1) < Money(2), Money(3) > Money(2))
print({Money(1): "one"}[Money(1)], len({Money(1), Money(1), Money(2)}))
print(bool(Money(0)), bool(Money(7)), "yes" if Money(0) else "no")
print(f"{Money(1234567)}", str(Money(10)), repr(Money(10)), [Money(1)])
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
    def __setitem__(self, i, v):
        self.songs[i] = v
    def __delitem__(self, i):
        del self.songs[i]
    def __contains__(self, song):
        return song in self.songs
    def __iter__(self):
        return iter(self.songs)
    def __call__(self, n):
        return self.songs[:n]
p = Playlist("봄", "여름", "가을")
p[0] = "겨울"
del p[1]
print(len(p), p[0], "가을" in p, "봄" in p, list(p), p(1), [s for s in p])
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current == 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), sum(Countdown(4)), list(zip(Countdown(2), "ab")))
print(list(enumerate(["a", "b"], 1)), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), any([0, 0, 1]), all([1, 0]), divmod(17, 5), pow(3, 4, 5), bin(10), hex(255), oct(8))
class Point:
    __slots__ = ()
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
class Lazy:
    def __getattr__(self, name):
        return name.upper()
print(Lazy().hello, getattr(Lazy(), "world"))
print(Money(3) + 4, 4 + Money(3))
Money(1) < 5
