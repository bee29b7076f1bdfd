def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
err = KeyError("k")
print(err.__traceback__, err.__context__, err.__cause__, err.__suppress_context__)
try:
    raise err
except KeyError:
    print(err.__traceback__.tb_lineno)
