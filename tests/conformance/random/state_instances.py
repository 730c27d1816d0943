# 나만의 난수 발생기: random.Random과 getstate/setstate
import random

r1 = random.Random(42)
r2 = random.Random(42)
print([r1.randint(1, 6) for _ in range(10)] == [r2.randint(1, 6) for _ in range(10)])
print(r1.random(), r1.choice("가나다"), r1.sample(range(10), 3))

a = random.Random("player-1")
b = random.Random("player-2")
print([a.randint(1, 6) for _ in range(5)], [b.randint(1, 6) for _ in range(5)])

random.seed(3)
saved = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(saved)
print(first == [random.random() for _ in range(3)])
print(saved[0], len(saved[1]), saved[1][-1], saved[2])

r = random.Random()
r.seed(11)
print(r.getrandbits(16), r.uniform(0, 1))
r.setstate(random.Random(11).getstate())
print(r.getrandbits(16))
print(isinstance(r, random.Random), type(r).__name__)

class LoudRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
    def roll(self):
        return self.randint(1, 6)

print([LoudRandom(9).roll() for _ in range(3)], LoudRandom(9).random() == random.Random(9).random())
