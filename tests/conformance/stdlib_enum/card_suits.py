# 카드 게임: auto와 _generate_next_value_, 함수형 API
from enum import Enum, IntEnum, StrEnum, auto

class Suit(Enum):
    SPADE = auto()
    HEART = auto()
    DIAMOND = auto()
    CLUB = auto()

    @property
    def symbol(self):
        return "♠♥♦♣"[self.value - 1]

    @property
    def color(self):
        return "red" if self in (Suit.HEART, Suit.DIAMOND) else "black"

print(list(Suit))
print([s.symbol for s in Suit], Suit.HEART.color, Suit.CLUB.color)

class Rank(IntEnum):
    TWO = 2
    THREE = auto()
    FOUR = auto()
    JACK = 11
    QUEEN = auto()
    KING = auto()
    ACE = auto()

print([int(r) for r in Rank])
print(Rank.ACE > Rank.KING, Rank.QUEEN - Rank.JACK, repr(Rank.THREE))

class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + "!"
    ALICE = auto()
    BOB = auto()

print(list(Name), Name("Bob!"))

class Player(StrEnum):
    RED_TEAM = auto()
    BLUE_TEAM = auto()

print(list(Player), Player.RED_TEAM, f"{Player.BLUE_TEAM}", Player.RED_TEAM == "red_team")
print(Player.RED_TEAM.upper(), len(Player.BLUE_TEAM), Player("blue_team"))

# 카드 한 벌
deck = [(rank, suit) for suit in Suit for rank in Rank]
print(len(deck), deck[0], deck[-1])

def show(card):
    rank, suit = card
    face = {11: "J", 12: "Q", 13: "K", 14: "A"}.get(rank, str(rank))
    return face + suit.symbol

hand = [deck[0], deck[9], deck[13], deck[27]]
print([show(c) for c in hand])
print(sorted(hand, key=lambda c: (c[0], c[1].value), reverse=True)[0][0].name)

# 함수형 API
Animal = Enum("Animal", "CAT DOG RABBIT")
print(Animal, list(Animal), Animal.DOG.value)
Color = Enum("Color", ["RED", "BLUE"], start=0)
print(list(Color))
Fruit = Enum("Fruit", {"APPLE": "사과", "PEAR": "배"})
print(list(Fruit), Fruit("배"))
Size = IntEnum("Size", [("S", 90), ("M", 95), ("L", 100)])
print(list(Size), Size.M + 5)
