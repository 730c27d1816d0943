data = {"apple": 3}
try:
    print(data["banana"])
except KeyError:
    print(data["apple"] / 0)
