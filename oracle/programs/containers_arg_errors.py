def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1, 2, 3]
for f in [lambda: l.insert("a", 1), lambda: l.insert(1), lambda: l.pop("x"), lambda: l.pop(1, 2), lambda: l.count(), lambda: l.index(),
          lambda: list(1), lambda: list([1], [2]), lambda: l.append(), lambda: l.extend(1), lambda: l.remove(), lambda: l.sort(1),
          lambda: l[1.5], lambda: l["a"], lambda: l[10], lambda: l.__setitem__(10, 1), lambda: l.__delitem__(10), lambda: l.reverse(1),
          lambda: l.copy(1), lambda: l.clear(1), lambda: l + (1,), lambda: l * 1.5, lambda: [] < (), lambda: l < [1, "a"],
          lambda: (1,) + [2], lambda: tuple(1), lambda: (1, 2)[5], lambda: (1, 2)["a"], lambda: (1,).count(), lambda: hash(([],)),
          lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.fromkeys(1), lambda: {}.setdefault(), lambda: {}.keys(1),
          lambda: {1: 2}[[]], lambda: {[]: 1}, lambda: set(1), lambda: {1}.add(), lambda: {1}.update(1), lambda: {1} | [1],
          lambda: {1}.issubset(1), lambda: frozenset(1), lambda: frozenset([1]).add(2), lambda: set([1], [2]),
          lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a"), lambda: range(1.5), lambda: range(0, 5, 0), lambda: range(5)["x"],
          lambda: range(5)[5], lambda: range(5).index("a"), lambda: range(3).count(), lambda: slice(1).indices("a"),
          lambda: int.from_bytes(b"\x01", "middle"), lambda: (5).to_bytes(-1), lambda: (-5).to_bytes(1),
          lambda: (5).bit_length(1), lambda: float("x"), lambda: float(b"x"), lambda: int(b"x"), lambda: int(b"12", 8),
          lambda: complex("x"), lambda: complex(1, "a"), lambda: 1j < 2j, lambda: 1j // 1, lambda: int(1j), lambda: float(1j),
          lambda: divmod(1j, 1), lambda: abs(complex(1e308, 1e308)), lambda: (1j) ** -1, lambda: 0j ** -1,
          lambda: round(1j), lambda: 2 ** 0.5j]:
    show(f)
