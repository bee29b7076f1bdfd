# String formatting: f-strings with format specs, str.format, %-formatting, str(), repr().
import sys


def run(n):
    total = 0
    last = ""
    for i in range(n):
        x = i * 0.37
        a = f"{i:>8d}|{x:10.3f}|{i:#x}|{'id':<4}{i % 97:03d}"
        b = "{0}-{1:.2e}-{2!r}".format(i, x, "k")
        c = "%5d %-6s %.1f%%" % (i, "v" * (i % 4), x)
        d = str(i) + repr(x)
        total += len(a) + len(b) + len(c) + len(d)
        last = a + b + c + d
    return total, last


n = int(sys.argv[1]) if len(sys.argv) > 1 else 240000
print(run(n))
