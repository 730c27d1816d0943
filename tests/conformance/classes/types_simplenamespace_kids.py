from types import SimpleNamespace
player = SimpleNamespace(name="하늘", level=1, items=[])
player.level += 1
player.items.append("검")
print(player)
print(player.name, player.level, player.items)
other = SimpleNamespace(name="하늘", level=2, items=["검"])
print(player == other, player != SimpleNamespace())
del player.items
print(player, hasattr(player, "items"))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
