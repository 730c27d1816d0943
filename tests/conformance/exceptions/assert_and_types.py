def check_age(age):
    assert isinstance(age, int), "age must be a whole number"
    assert age >= 0
    return "ok"
print(check_age(10))
for bad in [3.5, -1]:
    try:
        check_age(bad)
    except AssertionError as e:
        print("AssertionError:", e, repr(e))
errors = [ZeroDivisionError, ValueError, KeyError, IndexError, TypeError, NameError]
for kind in errors:
    try:
        raise kind("boom")
    except (ArithmeticError, LookupError) as e:
        print("family", type(e), e)
    except Exception as e:
        print("other", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    1 / 0
except ZeroDivisionError:
    print("the bad except clause is never evaluated")
check_age("10")
