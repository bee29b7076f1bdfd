class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, s = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[s]:
                s = l
            if r < len(a) and a[r] < a[s]:
                s = r
            if s == i:
                return top
            a[i], a[s] = a[s], a[i]
            i = s
    def __len__(self):
        return len(self.a)

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, (4, "tuple")[0], 6, 0]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
