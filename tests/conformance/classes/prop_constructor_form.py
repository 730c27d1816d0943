class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        self._balance = max(0, v)
    balance = property(get_balance, set_balance, None, "잔액")
a = Account()
a.balance = 500
print(a.balance)
a.balance = -3
print(a.balance)
p = Account.balance
print(p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel)
print(isinstance(p, property))
