# A bytes literal cannot be glued to a str literal.
print("before")
x = b'abc' 'def'
