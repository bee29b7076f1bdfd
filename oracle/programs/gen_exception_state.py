import sys
def g():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield type(sys.exception()).__name__
        yield type(sys.exception()).__name__
    yield sys.exception()
it = g()
print(next(it), sys.exception())
try:
    raise KeyError("outer")
except KeyError:
    print(next(it), type(sys.exception()).__name__)
print(next(it))
def reraiser():
    try:
        yield
    except Exception:
        yield "caught " + repr(sys.exception())
        raise
r = reraiser()
next(r)
print(r.throw(TypeError("thrown in")))
try:
    next(r)
except TypeError as e:
    print("re-raised", e)
