def area(w, h):
    return w * h
PI = 3.14
print("helper loaded", __name__)
