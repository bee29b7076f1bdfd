def f():
    try:
        return "try"
    finally:
        print("finally runs")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return "done"

print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(h())

def k():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(k())
