name, n, pi = "world", 42, 3.14159
print(f"hello {name}! {n + 1} {pi:.3f} {n:>6} {n:#x}")
print(f"{name!r} {name!s:>8} {'é'!a}")
print(f"{n=} {pi = :.2f} {name.upper()=}")
print(f"{'nested ' + f'{n}'}", f"{{braces}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{'x':*^{w}}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items) if items else 'none'}")
print(f"multi {
    n * 2
} line")
print(f"{'quotes' "inside"}", f'{"same"}', f"{n:,}", f"{10**6:_}")
d = {"key": "v"}
print(f"{d["key"]}")
print(f"{3.0:g} {1e20:g} {0.00001:g}")
