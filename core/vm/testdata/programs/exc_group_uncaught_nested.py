def leaf(n):
    raise ValueError(f"leaf {n}")

def collect():
    errors = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as e:
        errors.append(ExceptionGroup("inner", [e, TypeError("t")]))
    raise ExceptionGroup("outer", errors)

def handler():
    try:
        collect()
    except* TypeError:
        print("handled TypeError part")

handler()
