def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Ix:
    def __index__(self): return 1
l = [1, 2, 3]
show(lambda: l.insert(2 ** 100, 9)); print(l)
show(lambda: l.insert(-2 ** 100, 0)); print(l)
show(lambda: l.insert(Ix(), 7)); print(l)
show(lambda: l.pop(2 ** 100))
show(lambda: l.pop(Ix()))
show(lambda: l[Ix()])
show(lambda: l[2 ** 100])
show(lambda: (1, 2)[Ix()])
show(lambda: "abc"[Ix()])
show(lambda: range(5)[Ix()])
show(lambda: [1, 2, 3][Ix():])
show(lambda: [0] * Ix())
show(lambda: (0,) * Ix())
show(lambda: l.index(1, Ix()))
show(lambda: range(Ix(), 5))
show(lambda: l.__getitem__(slice(Ix(), None)))
l2 = [1, 2, 3]; l2[Ix()] = 5; print(l2)
del l2[Ix()]; print(l2)
show(lambda: [].pop("x")); show(lambda: [].pop()); show(lambda: [1, 2].pop(-3))
