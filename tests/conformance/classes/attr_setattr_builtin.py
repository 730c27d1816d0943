class Obj: pass
o = Obj()
setattr(o, "이름", "하나")
print(getattr(o, "이름"), o.이름)
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
delattr(o, "with space")
print(hasattr(o, "with space"))
setattr(Obj, "cls_attr", 5)
print(o.cls_attr)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
