# dataclass로 게임 인벤토리 만들기
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass

@dataclass
class Item:
    name: str
    price: int
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    gold: int = field(default=100, repr=False)

    def add(self, item):
        self.items.append(item)
        self.gold -= item.total()

bag = Inventory("미나")
bag.add(Item("potion", 10, 3))
bag.add(Item("sword", 50, tags=["sharp"]))
print(bag)
print(bag.gold, [i.total() for i in bag.items])
print(Item("apple", 2) == Item("apple", 2), Item("apple", 2) == Item("apple", 3))
print(Item("apple", 2) != Item("pear", 2), Item("apple", 2) == ("apple", 2))
print(asdict(bag))
print(astuple(bag.items[0]))
cheap = replace(bag.items[1], price=5, qty=2)
print(cheap, bag.items[1])
print([f.name for f in fields(Item)], [f.default for f in fields(Item)][2])
print(is_dataclass(bag), is_dataclass(Inventory), is_dataclass("bag"))
a = Item("rope", 3)
b = Item("rope", 3)
a.tags.append("long")
print(a.tags, b.tags, a.tags is b.tags)
print(Item.__match_args__)
match Item("shield", 30):
    case Item(name, price) if price > 20:
        print("expensive", name)
    case Item(name, _):
        print("cheap", name)

for args, kwargs in [((), {}), (("bow",), {}), (("bow", 1, 2, [], 5), {}), (("bow", 1), {"name": "x"}), (("bow", 1), {"color": "red"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as err:
        print("TypeError:", err)
print(Item(price=7, name="arrow"))
