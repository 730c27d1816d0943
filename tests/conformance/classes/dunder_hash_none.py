class Frozen:
    __hash__ = None
try:
    hash(Frozen())
except TypeError as e:
    print(e)
class Parent:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class Child(Parent):
    def __eq__(self, o): return False
try:
    print(hash(Child()))
except TypeError as e:
    print(e)
class Child2(Parent):
    def __eq__(self, o): return False
    __hash__ = Parent.__hash__
print(hash(Child2()))
class Default: pass
d = Default()
print(hash(d) == hash(d), type(hash(d)).__name__)
print(isinstance(Frozen(), object), Frozen.__hash__ is None)
