# An uncaught ValueError from a byte out of range.
data = [10, 20, 300]
print(bytes(data[:2]))
print(bytes(data))
