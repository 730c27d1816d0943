def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    finally:
        print("finally", a, b)
print(safe_div(6, 3))
print(safe_div(1, 0))
try:
    int("abc")
except (TypeError, ValueError) as err:
    print("caught", type(err), err.args)
else:
    print("no error")
try:
    x = [1, 2][5]
except IndexError:
    print("index!")
except Exception:
    print("other")
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def f():
    try:
        raise ValueError("bad")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("outer", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as k:
    print(repr(k), repr(k.__cause__), k.__suppress_context__)
def g():
    for x in [1, 2, 3]:
        try:
            return x * 10
        finally:
            print("leaving g")
print(g())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as a:
    print("assert:", a)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
lst = [1, 2, 3]
del lst[0]
print(lst)
y = 5
del y
try:
    print(y)
except NameError as n:
    print(n)
while True:
    try:
        raise RuntimeError("x")
    except RuntimeError:
        break
print("done")
try:
    raise TypeError
except TypeError as t:
    print(repr(t))
try:
    e
except NameError:
    print("e was deleted")
