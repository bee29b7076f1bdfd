def inner(n):
    return 10 // n


def outer():
    return inner(0)


print("about to fail")
outer()
