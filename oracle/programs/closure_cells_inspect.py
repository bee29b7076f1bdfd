def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    a = 10
    return inner
f = outer()
print(f(), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
def make():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    value = "bound later"
    return get
print(make()())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return count
c = counter_factory()
c("a"); c("b")
print(c("a"))
x = "global x"
def no_closure():
    return x
print(no_closure.__closure__, no_closure())
