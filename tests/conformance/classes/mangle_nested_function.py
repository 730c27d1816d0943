class Box:
    def __init__(self):
        self.__items = []
    def add_all(self, xs):
        def helper(x):
            self.__items.append(x)
        for x in xs:
            helper(x)
        return [i for i in self.__items]
    def lam(self):
        return (lambda: self.__items)()
b = Box()
print(b.add_all([1, 2]), b.lam())
