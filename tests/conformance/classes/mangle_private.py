class Account:
    def __init__(self, owner):
        self.__balance = 0
        self.owner = owner
    def deposit(self, n):
        self.__balance += n
        return self.__balance
a = Account("민수")
print(a.deposit(100), a.deposit(50))
print(sorted(vars(a)))
print(a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print(e)
