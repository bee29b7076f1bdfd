import sys
class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
n = None
for _ in range(500):
    n = Node(n)
print(n.depth())
for _ in range(5000):
    n = Node(n)
try:
    n.depth()
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
