# Notes on chained exceptions, multi-line notes and a KeyError repr.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        e.add_note(f"while looking up {key!r}")
        e.add_note("table keys:\n  " + ", ".join(table))
        raise
def load():
    try:
        lookup({"a": 1, "b": 2}, ("x", 1))
    except KeyError as e:
        err = RuntimeError("load failed")
        err.add_note("check the configuration")
        raise err from e
load()
