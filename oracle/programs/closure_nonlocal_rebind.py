def outer():
    x = 0
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    return middle

m = outer()
print(m(), m(), m())

def shadow():
    x = "outer"
    def f():
        x = "inner"
        return x
    f()
    return x
print(shadow())
