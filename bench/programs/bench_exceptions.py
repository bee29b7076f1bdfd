# Exceptions in loops: raise/catch of builtin and user exceptions, try/finally, with.
import sys


class Invalid(Exception):
    pass


class Guard:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, et, ev, tb):
        return et is KeyError


def parse(v, table):
    if v % 5 == 0:
        raise Invalid(v)
    return table[v % 11]


def run(n):
    table = {i: i * 2 for i in range(8)}
    ok = bad = missing = cleanup = 0
    g = Guard()
    for v in range(n):
        try:
            with g:
                ok += parse(v, table)
        except Invalid:
            bad += 1
        finally:
            cleanup += 1
        try:
            int("x" if v % 3 == 0 else "7")
        except ValueError:
            missing += 1
    return ok, bad, missing, cleanup, g.entered


n = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
print(run(n))
