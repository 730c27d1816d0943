# List, dict and set comprehensions: nested, filtered, over ranges, strings and dict items.
# Exercises: comprehension frames, list.append fast path, dict/set building, hashing small ints and strs.
import sys


def main(n):
    squares = [i * i for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    print("squares:", len(squares), sum(evens) % 1000003)
    table = [[(i * j) % 10 for j in range(60)] for i in range(n // 60)]
    print("table:", len(table), sum(sum(row) for row in table))
    pairs = {i: i * 3 % 1001 for i in range(n)}
    inverse = {v: k for k, v in pairs.items()}
    print("dict:", len(pairs), len(inverse), inverse[0], inverse[1000])
    residues = {i * i % 1009 for i in range(n)}
    print("quadratic residues mod 1009:", len(residues))
    words = [f"w{i % 997}" for i in range(n)]
    lengths = {w: len(w) for w in words}
    letters = {c for w in words for c in w}
    print("words:", len(lengths), sum(lengths.values()), sorted(letters))
    flat = [x for row in table for x in row if x > 4]
    print("flat:", len(flat), flat[:8])
    matrix = [[i + j for j in range(40)] for i in range(40)]
    for _ in range(n // 2000):
        transposed = [[row[k] for row in matrix] for k in range(40)]
        matrix = [[(a + b) % 97 for a, b in zip(r1, r2)] for r1, r2 in zip(matrix, transposed)]
    print("matrix:", sum(map(sum, matrix)))
    grouped = {}
    for w in words:
        grouped.setdefault(len(w), []).append(w)
    print("groups:", {k: len(v) for k, v in sorted(grouped.items())})


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
