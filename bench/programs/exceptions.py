# Exceptions raised and caught in a loop: custom exception classes with a hierarchy, try/except
# with several handlers, else/finally, re-raising, exception chaining and context managers.
# Exercises: raise, except matching by class, finally, with/__exit__, str() of exceptions.
import sys


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


class FrozenAccount(BankError):
    pass


class Ledger:
    def __init__(self):
        self.open = 0
        self.closed = 0

    def __enter__(self):
        self.open += 1
        return self

    def __exit__(self, kind, value, traceback):
        self.closed += 1
        return kind is FrozenAccount  # swallow frozen-account errors only


def withdraw(balance, amount, frozen):
    if frozen:
        raise FrozenAccount("frozen")
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def main(n):
    counts = {"short": 0, "frozen": 0, "finally": 0, "else": 0}
    needed = 0
    balance = 1000
    for i in range(n):
        try:
            balance = withdraw(balance, i % 300, i % 97 == 0)
        except InsufficientFunds as e:
            counts["short"] += 1
            needed += e.needed
            balance += 500
        except BankError:
            counts["frozen"] += 1
        else:
            counts["else"] += 1
        finally:
            counts["finally"] += 1
    print("counts:", counts, "needed:", needed, "balance:", balance)

    ledger = Ledger()
    swallowed = 0
    for i in range(n // 2):
        with ledger:
            if i % 3 == 0:
                swallowed += 1
                raise FrozenAccount("inside with")
    print("ledger:", ledger.open, ledger.closed, swallowed)

    parsed = sum(parse(s) for s in [str(i) if i % 4 else f"x{i}" for i in range(n)])
    print("parsed:", parsed)

    chained = 0
    messages = set()
    for i in range(n // 4):
        try:
            try:
                {}[i]
            except KeyError as e:
                raise RuntimeError("lookup failed") from e
        except RuntimeError as e:
            if isinstance(e.__cause__, KeyError):
                chained += 1
            messages.add(str(e))
    print("chained:", chained, messages)

    depth_errors = 0
    for i in range(n // 4):
        try:
            [1, 2, 3][i % 5]
            (10 // (i % 3))
        except (IndexError, ZeroDivisionError) as e:
            depth_errors += 1 if isinstance(e, IndexError) else 2
    print("index/zero errors:", depth_errors)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
