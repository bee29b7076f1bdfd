def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d
        return c
    return b

print(a()()()())

def outer():
    v = []
    def add(item):
        v.append(item)
        return len(v)
    def view():
        return tuple(v)
    return add, view

add, view = outer()
add("p"); add("q")
print(view())
