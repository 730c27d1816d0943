class Light:
    def __init__(self, on): self.on = on
    def __bool__(self):
        print("check", self.on)
        return self.on
a, b = Light(False), Light(True)
print((a or b).on, (a and b).on)
print([x.on for x in [a, b] if x])
print(not a, any([a, b]), all([a, b]))
while b:
    b.on = False
print("끝", bool(b))
