# String building: repeated `s += piece` (ASCII and non-ASCII, at module level and in
# functions), `+` chains, bytes +=, ''.join; the built strings are then indexed, sliced,
# compared and used as dict keys.
import sys


def build_ascii(n):
    s = ""
    for i in range(n):
        s += "x"
        if i % 7 == 0:
            s += str(i)
    return s


def build_lines(n):
    out = ""
    for i in range(n):
        out += "line " + str(i) + ": " + "ab" * (i % 5) + "\n"
    return out


def build_wide(n):
    s = ""
    for i in range(n):
        s += "é" if i % 3 else "ü€"
    return s


def build_bytes(n):
    b = b""
    for i in range(n):
        b += b"%d," % i
    return b


def build_join(n):
    parts = []
    for i in range(n):
        parts.append("x")
        if i % 7 == 0:
            parts.append(str(i))
    return "".join(parts)


def run(n):
    a = build_ascii(n)
    j = build_join(n)
    lines = build_lines(n // 4)
    w = build_wide(n // 2)
    b = build_bytes(n // 4)
    counts = {}
    for line in lines.splitlines()[:2000]:
        key = line[-4:]
        counts[key] = counts.get(key, 0) + 1
    keys = {}
    for k in range(200):
        keys[a[: 10 + k]] = k
    return (len(a), a == j, a[n // 2: n // 2 + 12], len(lines), lines[-20:], len(w), w[len(w) // 2 - 3: len(w) // 2 + 3],
            len(b), b[-12:], len(counts), sum(keys.values()))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
print(run(n))
