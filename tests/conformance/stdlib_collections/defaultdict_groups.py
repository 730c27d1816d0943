# defaultdict로 반 친구들을 모둠별로 묶기
from collections import defaultdict

students = [("kim", "red"), ("lee", "blue"), ("park", "red"), ("choi", "green"), ("jung", "blue")]
teams = defaultdict(list)
for name, team in students:
    teams[team].append(name)
print(teams)
print(teams["red"], len(teams))
print("yellow" in teams, teams.get("yellow"))
print(teams["yellow"], len(teams))
for team in sorted(teams):
    print(team, teams[team])

counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts)
print(sorted(counts.items()))
print(counts.pop("b"), counts)
print(counts.setdefault("z", 9), counts)

nested = defaultdict(lambda: "unknown")
nested["cat"] = "meow"
print(nested["cat"], nested["cow"])
print(defaultdict(None, {1: 2}), defaultdict(set))

try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
