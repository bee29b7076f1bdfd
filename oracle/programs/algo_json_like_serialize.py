def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        items = [pad + "  " + dump(str(k)) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
doc = {"name": "subpy", "version": [3, 13, 0], "ok": True, "none": None, "ratio": 0.25,
       "nested": {"quote": 'say "hi"\n', "empty": [], "e": {}}}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(e)
