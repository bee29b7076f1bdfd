def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

def doubled():
    for n in numbers():
        yield n * 2

def consume():
    return [x for x in doubled()]

consume()
