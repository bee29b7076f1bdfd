out = []
for i in range(3):
    try:
        if i == 1:
            raise ValueError("swallowed by continue")
        out.append(i)
    finally:
        continue
print(out, "continue in finally is legal since 3.8")
def f():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop ended"
print(f())
