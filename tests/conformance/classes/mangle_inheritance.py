class Parent:
    def __init__(self):
        self.__secret = "부모 비밀"
    def __hidden(self):
        return "Parent.__hidden"
    def call(self):
        return self.__hidden()
class Child(Parent):
    def __init__(self):
        super().__init__()
        self.__secret = "자식 비밀"
    def __hidden(self):
        return "Child.__hidden"
c = Child()
print(c.call())
print(sorted(vars(c)))
print(c._Child__hidden(), c._Parent__hidden())
