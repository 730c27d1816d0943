import shapes
print(shapes.nothing)
