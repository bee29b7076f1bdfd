def f():
    pass
class C:
    pass
print(f(), C.__name__)
if True:
    pass
x = 1
def g():
    global x
    del x
g()
try:
    print(x)
except NameError as e:
    print(e)
...
print(Ellipsis, ... is Ellipsis)
