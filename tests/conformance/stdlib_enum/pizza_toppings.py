# 피자 토핑: Flag로 조합하기
from enum import Flag, IntFlag, auto

class Topping(Flag):
    CHEESE = auto()
    TOMATO = auto()
    PEPPERONI = auto()
    MUSHROOM = auto()
    OLIVE = auto()
    MARGHERITA = CHEESE | TOMATO
    VEGGIE = CHEESE | TOMATO | MUSHROOM | OLIVE

print(list(Topping))
print(len(Topping), Topping.OLIVE.value)
print(repr(Topping.MARGHERITA), Topping.VEGGIE)

my_pizza = Topping.CHEESE | Topping.PEPPERONI
print(my_pizza, repr(my_pizza), my_pizza.value)
print(Topping.CHEESE in my_pizza, Topping.OLIVE in my_pizza)
print(list(my_pizza), len(my_pizza))

my_pizza |= Topping.MUSHROOM
print(repr(my_pizza))
my_pizza &= ~Topping.PEPPERONI
print(repr(my_pizza))
print(repr(my_pizza ^ Topping.OLIVE))
print(repr(Topping.CHEESE | Topping.TOMATO), Topping.CHEESE | Topping.TOMATO is Topping.MARGHERITA)
print(repr(~Topping.VEGGIE), repr(~Topping.MARGHERITA))

empty = Topping(0)
print(repr(empty), empty, bool(empty), bool(my_pizza), list(empty))
print(Topping.MARGHERITA in Topping.VEGGIE, Topping.PEPPERONI in Topping.VEGGIE)
print(Topping(5), repr(Topping(31)))

def menu(pizza):
    names = [t.name.lower() for t in pizza]
    return " + ".join(names) if names else "빈 도우"

for order in [Topping.MARGHERITA, Topping.VEGGIE, my_pizza, empty]:
    print(f"{order!s:35} -> {menu(order)}")

try:
    Topping(64)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])

try:
    Topping.CHEESE in 3
except TypeError as e:
    print("TypeError:", e)

# 숫자처럼 쓰는 IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), rw, f"{rw}", rw == 6, rw + 1)
print(repr(Perm.R | 8), repr(Perm(0)), repr(~Perm.R))
print(list(Perm(7)), Perm.W in rw, repr(rw & Perm.W), repr(7 & Perm.X))
for n in range(8):
    print(n, repr(Perm(n)))
