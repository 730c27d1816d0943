import gc
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
t = Tracked("하나")
del t
gc.collect()
print("after first")
u = Tracked("둘")
u = None
gc.collect()
print("after second")
print(type(gc.collect()).__name__)
