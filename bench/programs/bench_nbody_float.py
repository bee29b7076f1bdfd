# Float arithmetic: a small gravity simulation on plain lists (own constants and bodies).
import sys

BODIES = [
    # x, y, z, vx, vy, vz, mass
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0],
    [5.0, 0.0, 0.1, 0.0, 2.6, 0.0, 0.05],
    [0.0, 8.5, -0.2, -2.1, 0.0, 0.01, 0.02],
    [-12.0, 0.5, 0.0, 0.1, -1.8, 0.0, 0.2],
    [3.0, -17.0, 0.3, 1.5, 0.2, -0.02, 0.1],
]


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for b in bodies[i + 1:]:
            dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
            e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


steps = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
bodies = [list(b) for b in BODIES]
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
print(f"{energy(bodies):.9f}")
advance(bodies, pairs, 0.001, steps)
print(f"{energy(bodies):.9f}")
