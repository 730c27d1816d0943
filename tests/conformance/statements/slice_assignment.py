a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::2] = [0] * 4
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a[:] = "hi"
print(a)
a[5:] = [9]
print(a)
b = [1, 2, 3]
b[1:1] = [7, 8]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
