# Deep recursion inside builtin operations raises RecursionError instead
# of crashing; deep Python recursion works under a raised limit.
import sys
nested = []
for i in range(50000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)
try:
    str({"k": nested})
except RecursionError as e:
    print("str:", e)
a, b = [], []
for i in range(50000):
    a, b = [a], [b]
try:
    print(a == b)
except RecursionError as e:
    print("compare:", e)
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
chain = None
for i in range(5000):
    chain = Node(chain)
try:
    repr(chain)
except RecursionError as e:
    print("Node repr:", e)
class Eq:
    def __eq__(self, other):
        return Eq() == other
try:
    Eq() == 0
except RecursionError as e:
    print("eq:", e)
class Attr:
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    Attr().x
except RecursionError as e:
    print("getattr:", e)
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4500))
print(sorted([3, 1, 2], key=lambda v: depth(v * 100)))
print(len(repr(nested[0:0])))
