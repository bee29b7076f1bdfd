# gen.throw(type, value[, tb]): normalization and the 3.13 DeprecationWarning.
import warnings
def gen():
    yield 1
async def co():
    pass
warnings.simplefilter("ignore")
for args in [(ValueError, "msg"), (ValueError, ValueError("inst")), (ValueError, ("a", "b")), (ValueError, None, None),
             (LookupError, KeyError("k")), (ValueError("a"), "b"), (ValueError, 1, 2), (1,), (ValueError, 1, None, 4), ()]:
    g = gen(); next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args if isinstance(e, LookupError) or type(e) is ValueError else "")
e = ValueError("same")
g = gen(); next(g)
try:
    g.throw(ValueError, e)
except ValueError as e2:
    print(e2 is e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = gen(); next(g)
    try:
        g.throw(ValueError, "x")
    except ValueError as e:
        print(repr(e))
    g = gen(); next(g)
    try:
        g.throw(ValueError("single"))
    except ValueError as e:
        print(repr(e))
    print(len(w), w[0].category.__name__, w[0].message, w[0].lineno, w[0].filename == __file__)
warnings.simplefilter("error")
g = gen(); next(g)
try:
    g.throw(ValueError, "x")
except DeprecationWarning as e:
    print("DeprecationWarning:", e)
print(next(g, "exhausted?"))
warnings.simplefilter("ignore")
c = co()
try:
    c.throw(KeyError, KeyError("k"))
except KeyError as e:
    print(repr(e))
