# A random-driven simulation, seeded so it is the same everywhere: a Monte Carlo estimate of pi,
# a random walk, dice statistics, a shuffled deck dealt into hands, and a small epidemic model
# on a grid of people. Exercises: the random module (random, randint, randrange, choice,
# shuffle, uniform, sample), the Mersenne Twister, float comparisons, lists of lists.
import random
import sys


def estimate_pi(rng, samples):
    inside = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def random_walk(rng, steps):
    x = y = 0
    farthest = 0
    for _ in range(steps):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
        farthest = max(farthest, abs(x) + abs(y))
    return x, y, farthest


def dice(rng, throws):
    counts = [0] * 13
    for _ in range(throws):
        counts[rng.randint(1, 6) + rng.randint(1, 6)] += 1
    return counts[2:]


def deal(rng, rounds):
    suits = "♠♥♦♣"
    ranks = "A23456789TJQK"
    deck = [r + s for s in suits for r in ranks]
    pairs = 0
    for _ in range(rounds):
        rng.shuffle(deck)
        hand = deck[:5]
        seen = set()
        for card in hand:
            if card[0] in seen:
                pairs += 1
            seen.add(card[0])
    return pairs, deck[:5]


def epidemic(rng, size, days):
    # 0 healthy, 1 sick, 2 recovered
    grid = [[0] * size for _ in range(size)]
    grid[size // 2][size // 2] = 1
    history = []
    for _ in range(days):
        new_grid = [row[:] for row in grid]
        for i in range(size):
            for j in range(size):
                if grid[i][j] == 1:
                    if rng.uniform(0, 1) < 0.3:
                        new_grid[i][j] = 2
                    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        a, b = (i + di) % size, (j + dj) % size
                        if grid[a][b] == 0 and rng.random() < 0.25:
                            new_grid[a][b] = 1
        grid = new_grid
        history.append(sum(row.count(1) for row in grid))
    recovered = sum(row.count(2) for row in grid)
    return max(history), history[-1], recovered


def main(scale):
    rng = random.Random(2024)
    print("pi estimate:", estimate_pi(rng, 60000 * scale))
    print("random walk:", random_walk(rng, 20000 * scale))
    print("dice:", dice(rng, 10000 * scale))
    print("deal:", deal(rng, 1000 * scale))
    print("epidemic:", epidemic(rng, 40, 30 * scale))
    random.seed(7)
    print("module-level:", random.randrange(1000), random.sample(range(100), 5), round(random.gauss(0, 1), 12))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
