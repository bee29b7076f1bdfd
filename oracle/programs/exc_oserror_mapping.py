# OSError: the errno -> subclass mapping, attributes, str and the aliases.
for args in [(2, "No such file"), (13, "denied"), (1, "not permitted"), (17, "exists"),
             (20, "not dir"), (21, "is dir"), (4, "interrupted"), (3, "no process"),
             (110, "timed out"), (32, "pipe"), (111, "refused"), (104, "reset"),
             (103, "aborted"), (11, "again"), (10, "child"), (99, "other")]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, str(e), repr(e))
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print(str(e), e.filename2, e.args)
print(str(OSError("just a message")), OSError("m").errno, OSError().args)
print(str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(FileNotFoundError(13, "x").__class__.__name__)
b = BlockingIOError(11, "would block", 7)
print(b.characters_written, b.args)
try:
    OSError(5, "x").characters_written
except AttributeError as ex:
    print("AttributeError", ex)
e = PermissionError("plain")
e.errno = 99
e.filename = "f"
print(e.errno, e.filename, str(e))
class MyOSError(OSError):
    pass
m = MyOSError(2, "gone")
print(type(m).__name__, m.errno, str(m))
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
except OSError as ex:
    print("caught", type(ex).__name__, ex)
raise IsADirectoryError(21, "Is a directory", "somedir")
