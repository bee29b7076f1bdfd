def outer():
    v = 1
    def inner():
        return v
    del v
    return inner()

outer()
