def f(a, b):
    pass

try:
    f(1, 2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)

def p(a, /, b):
    pass

try:
    p(a=1, b=2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
f(1, 2, colour="red")
