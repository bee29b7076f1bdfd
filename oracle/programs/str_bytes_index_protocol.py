class I:
    def __index__(self): return 1
for e in ["'abc'[I()]", "b'abc'[I()]", "'ab' * I()", "'%x' % I()", "memoryview(b'xy')[I()]", "bytearray(b'ab')[I()]", "'%d' % I()", "'%c' % I()", "format(I(), 'x') if False else 0", "'abc'.center(I()*5)"]:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
