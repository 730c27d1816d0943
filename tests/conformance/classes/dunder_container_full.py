# 나만의 리스트 같은 클래스
class Shelf:
    def __init__(self, *books):
        self.books = list(books)
    def __len__(self):
        return len(self.books)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Shelf(*self.books[i])
        return self.books[i]
    def __setitem__(self, i, v):
        self.books[i] = v
    def __delitem__(self, i):
        del self.books[i]
    def __contains__(self, b):
        return b in self.books
    def __iter__(self):
        return iter(self.books)
    def __reversed__(self):
        return reversed(self.books)
    def __repr__(self):
        return f"Shelf{tuple(self.books)}"
s = Shelf("가", "나", "다", "라")
print(len(s), s[0], s[-1], s[1:3], "다" in s)
s[0] = "A"
del s[1]
print(s, list(reversed(s)), [b for b in s])
print(sorted(s, reverse=True), bool(Shelf()), bool(s))
