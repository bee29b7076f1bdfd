# A program in the style of everyday Python: several features together.
from math import sqrt

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), sum(ll), max(ll), sorted(ll)[:3])

def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts

text = "The quick brown fox. The lazy dog! The end, the END?"
wc = word_counts(text)
top = sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, len(wc))

def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(sqrt(limit)) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, is_p in enumerate(sieve) if is_p]

print(primes(50))

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass

print([safe_div(1, x) for x in (2, 0, -4)])

matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(row) for row in zip(*matrix)]
print(matrix, transposed, [sum(r) for r in matrix])

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib_gen()
print([next(gen) for _ in range(12)])

stack = []
for ch in "(a[b]{c}d)":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opening = stack.pop()
        assert "([{".index(opening) == ")]}".index(ch)
print("balanced" if not stack else "unbalanced")

class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def __repr__(self):
        return f"Circle(r={self.r})"

shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2.5)]
print(sorted(shapes), min(shapes), f"{sum(s.area() for s in shapes):.3f}")
try:
    Shape().area()
except NotImplementedError as e:
    print("abstract:", type(e).__name__, repr(e))

data = {"b": [3, 1], "a": [2], "c": []}
flat = sorted(x for vals in data.values() for x in vals)
print(flat, {k: len(v) for k, v in sorted(data.items())}, any(data.values()), all(data.values()))
s = "Hello, World"
print(s[::-1], s.upper().count("L"), "-".join(s.split(", ")), s.find("World"), s[7:].lower())
print(f"{'name':<10}|{'score':>6}")
for name, score in [("alice", 93.5), ("bob", 78.25)]:
    print(f"{name:<10}|{score:>6.1f}")
