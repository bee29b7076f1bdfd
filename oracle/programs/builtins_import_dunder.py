# __import__: name, fromlist, level and its errors
import sys
m = __import__("math")
print(m.__name__, m is sys.modules["math"], __import__("sys") is sys)
print(__import__("math", globals(), locals(), ["sqrt"]).__name__)
print(__import__("math", fromlist=("pi",)).pi > 3, __import__(name="time").__name__)
for bad in [lambda: __import__(""), lambda: __import__(5), lambda: __import__("math", level=-1),
            lambda: __import__("no_such_module_xyz"), lambda: __import__()]:
    try:
        bad()
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__("x", globals(), level=1)
except ImportError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__, type(__import__).__name__)
