class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self):
        print("__bool__")
        return self.on
    def __len__(self):
        print("__len__ (안 불려야 함)")
        return 0
print(bool(Box([])), bool(Box([1])), not Box([]))
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True) and Box([1]):
    print("둘 다 참")
class Empty: pass
print(bool(Empty()))
