# A bank account made of closures.
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("입금", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "잔액 부족"
        balance -= amount
        history.append(("출금", amount))
        return balance
    def report():
        return history, balance
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50))
print(wd(500))
print(wd(30))
print(rep())

def compose(*functions):
    def run(x):
        for f in reversed_list(functions):
            x = f(x)
        return x
    return run

def reversed_list(items):
    out = []
    for item in items:
        out.insert(0, item)
    return out

inc = lambda n: n + 1
double = lambda n: n * 2
print(compose(inc, double)(5))
print(compose(double, inc)(5))

def greet(name, *, greeting="안녕", punctuation="!"):
    return greeting + ", " + name + punctuation
print(greet("민수"))
print(greet("Ada", greeting="Hello"))
print(greet("Ada", punctuation="?", greeting="Hi"))

def stats(*numbers, **options):
    total = sum(numbers)
    if options.get("average") if False else "average" in options:
        return total / len(numbers)
    return total
print(stats(1, 2, 3))
print(stats(1, 2, 3, average=True))
