for bad in (5, "text", object):
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotAnError:
    pass
raise NotAnError()
