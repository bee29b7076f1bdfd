class Err(Exception):
    pass

def work():
    try:
        raise KeyError("base")
    except KeyError as k:
        raise ExceptionGroup("with cause", [Err("a"), BaseExceptionGroup("deep", [ValueError("v")])]) from k

try:
    work()
except* Err as e:
    print("got", repr(e))
    raise RuntimeError("handler failed") from e
