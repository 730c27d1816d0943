# OrderedDict와 ChainMap
from collections import OrderedDict, ChainMap

menu = OrderedDict()
menu["rice"] = 3000
menu["soup"] = 2000
menu["kimchi"] = 500
print(menu)
menu.move_to_end("rice")
print(list(menu))
menu.move_to_end("kimchi", last=False)
print(menu)
print(menu.popitem(), menu.popitem(last=False), menu)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    menu.move_to_end("pizza")
except KeyError as e:
    print("KeyError:", e)

defaults = {"color": "red", "size": "M", "sound": "on"}
settings = {"size": "L"}
choice = ChainMap(settings, defaults)
print(choice)
print(choice["color"], choice["size"], len(choice), sorted(choice), "sound" in choice)
print(choice.get("volume", 5))
choice["color"] = "blue"
print(settings, defaults)
child = choice.new_child({"size": "S"})
print(child["size"], child.parents["size"], child)
try:
    choice["volume"]
except KeyError as e:
    print("KeyError:", e)
