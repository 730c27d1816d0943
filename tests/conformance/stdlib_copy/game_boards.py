# 게임판 복사하기: 얕은 복사의 함정
import copy

board = [["."] * 3 for _ in range(3)]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[1][1] = "X"
for name, b in [("board", board), ("shallow", shallow), ("deep", deep)]:
    print(name, ["".join(row) for row in b])

save = {"level": 3, "items": ["sword", "potion"], "pos": (1, 2)}
backup = copy.deepcopy(save)
save["items"].append("shield")
save["level"] += 1
print(save)
print(backup)
print(backup["pos"] is save["pos"])

class Player:
    def __init__(self, name):
        print("new player", name)
        self.name = name
        self.bag = []
        self.friends = []

hero = Player("mina")
hero.bag.append("map")
buddy = Player("jun")
hero.friends.append(buddy)
buddy.friends.append(hero)
clone = copy.deepcopy(hero)
clone.bag.append("lamp")
print(hero.bag, clone.bag)
print(clone.friends[0].name, clone.friends[0].friends[0] is clone, clone.friends[0] is buddy)
twin = copy.copy(hero)
print(twin.bag is hero.bag, twin.name)
