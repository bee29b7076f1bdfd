l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); l.extend([3, 5]); l.insert(0, 8); l.insert(-1, 7); l.insert(100, 0)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(5), l.index(5, 4), l.count(5), l.count(42))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l[:2])
for bad in (lambda: l.remove(100), lambda: l.index(100), lambda: [].pop(), lambda: l.pop(50)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
