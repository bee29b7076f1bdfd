import nspkg.part
print(nspkg.part.WHO, nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__", nspkg.__name__)
print(type(nspkg.__path__).__name__ != "list", len(list(nspkg.__path__)))
