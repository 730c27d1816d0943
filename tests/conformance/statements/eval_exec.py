print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
exec("y = 5\nprint(y * 2)")
print(y)
def f():
    a = 3
    return eval("a + 1")
print(f())
ns = {}
exec("def g(): return 42", ns)
print(ns["g"]())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e)
print(list(range(3)))
