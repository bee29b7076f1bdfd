def run(x):
    out = []
    try:
        out.append("try")
        r = 10 / x
    except ZeroDivisionError:
        out.append("except")
    else:
        out.append(f"else {r}")
    finally:
        out.append("finally")
    return out

print(run(2))
print(run(0))

def multi(v):
    try:
        return {"a": 1}[v] + [1][0]
    except (KeyError, IndexError) as e:
        return type(e).__name__
    except Exception:
        return "other"

print(multi("a"), multi("b"))
