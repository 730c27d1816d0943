# Subclass instances inside lists, tuples and sets
class Score(int):
    pass
scores = [Score(70), Score(95), 80]
print(max(scores), min(scores), sum(scores), sorted(scores), scores.index(95), 95 in scores)
print(len(set([Score(1), 1, Score(1)])), tuple(scores), scores.count(Score(80)))
print([s + 1 for s in scores], list(map(type, scores))[0].__name__)
