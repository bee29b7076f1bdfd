# Attribute access: instance loads and stores, class attributes, properties.
import sys


class Particle:
    friction = 0.5

    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.hits = 0

    @property
    def energy(self):
        return self.v * self.v


def simulate(n):
    ps = [Particle(i, (i % 7) - 3) for i in range(50)]
    e = 0
    for step in range(n):
        for p in ps:
            p.x += p.v
            if p.x < 0 or p.x > 1000:
                p.v = -p.v
                p.hits += 1
            e += p.energy
    return e, sum(p.hits for p in ps), sum(p.x for p in ps)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
print(simulate(n))
