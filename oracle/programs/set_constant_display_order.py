# Set displays of constants iterate in CPython's order (folded frozenset).
a = {x * 1.5 for x in range(30)}
print(a | {-1, -2, 2**40, 2**61, -2**61})
print({-1, -2, -2**61}, {-1, -2, 3}, {-2**61, -1, -2})
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print(frozenset({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}))
print({-5, -9, 8, 16, 24, 32, 40, -7, 3, 11}, {1, True, 1.0, 2}, {-0.0, 0.0, 0, 3})
print({"a", 1, 2.5, None, b"x", -1, 1j}, {~3, +4, -(-5), 2*3, 2**7, 1.5+2})
x = 7
print({x, -1, -2, -2**61}, {-1, -2}, {f"{x}", "a", "b", "c"})
print(list({-8, -16, -24, -32, -40, -48, -56, -64, -72}))
print("fig" in {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
def f():
    return {-2**61, -2, -1}, {1.0, 2, 3}, {1, 2, 3}
print(f())
