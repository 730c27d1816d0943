# Attribute-heavy code: particles in a box with position, velocity and a bounding box, moved
# step by step; a bank of accounts with properties and class attributes.
# Exercises: instance attribute loads and stores, class attributes, @property, method calls.
import sys


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        self.x += other.x
        self.y += other.y


class Particle:
    bounces = 0  # class attribute, shared by every particle

    def __init__(self, x, y, vx, vy):
        self.position = Vector(x, y)
        self.velocity = Vector(vx, vy)
        self.steps = 0

    def move(self, box):
        self.position.add(self.velocity)
        self.steps += 1
        if self.position.x < box.left or self.position.x > box.right:
            self.velocity.x = -self.velocity.x
            Particle.bounces += 1
        if self.position.y < box.top or self.position.y > box.bottom:
            self.velocity.y = -self.velocity.y
            Particle.bounces += 1


class Box:
    def __init__(self, width, height):
        self.left = 0
        self.top = 0
        self.right = width
        self.bottom = height


class Account:
    fee = 1

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history += 1
        self._balance = value

    def transfer_to(self, other, amount):
        if self.balance >= amount + self.fee:
            self.balance = self.balance - amount - self.fee
            other.balance = other.balance + amount
            return True
        return False


def particles(n, steps):
    box = Box(500, 300)
    ps = [Particle(i * 7 % 500, i * 13 % 300, i % 5 + 1, i % 3 - 1) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.move(box)
    sx = sum(p.position.x for p in ps)
    sy = sum(p.position.y for p in ps)
    return sx, sy, Particle.bounces


def bank(n, rounds):
    accounts = [Account(f"owner{i}", 100 + i) for i in range(n)]
    done = 0
    for r in range(rounds):
        for i in range(n):
            if accounts[i].transfer_to(accounts[(i * 7 + r) % n], (i + r) % 50):
                done += 1
    total = sum(a.balance for a in accounts)
    changes = sum(a.history for a in accounts)
    return done, total, changes


def main(scale):
    print("particles:", particles(200, 300 * scale))
    print("bank:", bank(100, 400 * scale))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
