def leaf():
    yield "leaf"
    {}["leaf-key"]

def middle():
    yield from leaf()

def top():
    yield from middle()

for v in top():
    print(v)
