log = []
def risky(n):
    try:
        log.append("start " + str(n))
        if n == 2:
            raise ValueError("two is bad")
        return n * 10
    finally:
        log.append("end " + str(n))
results = []
for n in range(4):
    try:
        results.append(risky(n))
    except ValueError as err:
        results.append("error: " + str(err))
print(results)
print(log)
def retry(times):
    attempt = 0
    while True:
        attempt += 1
        try:
            if attempt < times:
                raise ConnectionError if False else OSError("not yet") if False else RuntimeError("not yet")
            return "ok after " + str(attempt)
        except RuntimeError:
            continue
print(retry(3))
try:
    try:
        raise IndexError("inner")
    except IndexError:
        raise
except LookupError as e:
    print("caught as LookupError:", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
x = 10
try:
    del x
    print(x)
except NameError as e:
    print(e)
def countdown(n):
    try:
        if n == 0:
            raise StopIteration
        return countdown(n - 1)
    finally:
        print("unwinding", n)
countdown(3)
