def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("release")

g = resource()
print(next(g))
g.close()
print("after close")
g2 = resource()
for v in g2:
    print("value", v)
    break
print("loop done")
g2.close()
print("closed explicitly")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
