try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.nosub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, e.msg.split(" (")[0])
try:
    from pkg import mod
    from pkg.mod import nothing
except ImportError as e:
    print(e.msg.split(" (")[0])
try:
    import pkg.mod.deeper
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
from pkg import also_missing
