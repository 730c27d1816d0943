# Only ASCII characters may be written inside a bytes literal.
print("before")
x = b'café'
