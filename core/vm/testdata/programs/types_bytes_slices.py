# bytes/bytearray slicing, searching with bounds and slice assignment over many
# index combinations (compact output: one line per sample and kind).
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__

for s in (b'', b'abc', b'a,b,,c,', b'Hello World'):
    for ty in (bytes, bytearray):
        x = ty(s)
        row = []
        for i in range(-4, 4):
            for j in range(-4, 4):
                row.append(t(lambda: x[i:j]))
                for k in (-2, -1, 2, 3):
                    row.append(t(lambda: x[i:j:k]))
                row.append(t(lambda: (x.find(b'a', i, j), x.rfind(b'l', i, j), x.count(b'a', i, j), x.startswith(b'a', i, j), x.endswith(b'c', i, j))))
        print(ty.__name__, len(row), row[::7])
        muts = []
        for k in range(-3, 3):
            def setit():
                y = bytearray(x)
                y[k:k + 2] = b'Q'
                return y
            def delit():
                y = bytearray(x)
                del y[k::2]
                return y
            def setext():
                y = bytearray(x)
                y[k::3] = bytes(len(y[k::3]))
                return y
            muts.append((t(setit), t(delit), t(setext)))
        print(muts)
