def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        try:
            raise KeyError("after resume")
        except KeyError as e:
            yield repr(e.__context__)

it = g()
print(next(it))
try:
    raise TypeError("caller")
except TypeError as e:
    print("caller context:", repr(e.__context__))
print(next(it))

def h():
    yield 1
    try:
        raise IndexError("h")
    except IndexError as e:
        yield repr(e.__context__)

try:
    raise RuntimeError("outer handled")
except RuntimeError:
    gen = h()
    print(next(gen))
    print(next(gen))
for v in g():
    print("for:", v)
