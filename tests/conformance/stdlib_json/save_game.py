# 게임 저장 파일을 JSON으로 만들고 다시 읽기
import json

save = {
    "player": "미나",
    "level": 7,
    "hp": 82.5,
    "alive": True,
    "pet": None,
    "inventory": ["sword", "potion", "map"],
    "position": (3, -4),
    "stats": {"str": 12, "dex": 9},
}
text = json.dumps(save)
print(text)
print(type(text).__name__, len(text))

pretty = json.dumps(save, indent=2, sort_keys=True, ensure_ascii=False)
print(pretty)

back = json.loads(text)
print(back)
print(back == save, back["position"], back["player"], back["stats"]["dex"])
print(json.loads(pretty) == back)

# a file-like object: anything with write() and read()
class Notebook:
    def __init__(self):
        self.pages = []
    def write(self, text):
        self.pages.append(text)
    def read(self):
        return "".join(self.pages)

book = Notebook()
json.dump({"high_scores": [120, 95, 80]}, book, indent=4)
print(book.read())
print(json.load(book)["high_scores"][0])

print(json.dumps([1, 2, 3], separators=(",", ":")), json.dumps({"a": 1}, indent="\t"))
print(json.dumps("안녕 🌱"), json.dumps("tab\there \"quoted\" back\\slash\n"))
print(json.dumps({1: "one", 2.5: "x", True: "yes", None: "nothing"}))
print(json.dumps([1.0, 0.1, 1e20, 1e-5, 10**20, -0.0, float("inf"), float("nan")]))
print(json.dumps({}), json.dumps([]), json.dumps({"empty": {}}, indent=2), json.dumps([[]], indent=1))
