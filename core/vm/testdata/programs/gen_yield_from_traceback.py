def inner():
    yield 1
    raise KeyError("deep")

def middle():
    yield from inner()

def outer():
    result = yield from middle()
    return result

def gen_close_error():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

def deleg():
    yield from gen_close_error()

g = deleg()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

def ret_in_throw():
    try:
        yield 1
    except TypeError:
        return "converted"

def deleg3():
    v = yield from ret_in_throw()
    print("deleg3 value", v)
    return v

g = deleg3()
next(g)
try:
    g.throw(TypeError)
except StopIteration as e:
    print("StopIteration", e.value)

for x in outer():
    print(x)
