# NamedTuple, TypedDict, Generic, Protocol
from typing import NamedTuple, TypedDict, Generic, TypeVar, Protocol, List, Optional, NewType, overload, get_origin, get_args, Dict

class Card(NamedTuple):
    rank: str
    suit: str = "♠"

c = Card("A")
print(c, c.rank, c[1], len(c), list(c), c._asdict())
rank, suit = Card("10", "♥")
print(rank, suit, Card._fields, c._replace(suit="♦"), c == Card("A", "♠"))
print(Card.__annotations__)
try:
    Card()
except TypeError as err:
    print("TypeError:", err)

Pixel = NamedTuple("Pixel", [("x", int), ("y", int)])
print(Pixel(3, 4), Pixel(3, 4).y)

class Pet(TypedDict):
    name: str
    age: int

p = Pet(name="Bori", age=3)
print(p, type(p).__name__, p["name"], Pet.__annotations__)

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop())

class Greeter(Protocol):
    def greet(self) -> str: ...

class Korean:
    def greet(self) -> str:
        return "안녕하세요"

class English:
    def greet(self) -> str:
        return "hello"

def welcome(g: Greeter) -> str:
    return g.greet() + "!"

print([welcome(g) for g in (Korean(), English())])

UserId = NewType("UserId", int)
print(UserId(42), UserId)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(double(4), double("ab"))
print(get_origin(List[int]), get_args(Optional[int]), get_origin(int), get_args(List), get_args(List[str]))
