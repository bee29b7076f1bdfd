def connect(host, port, timeout):
    return host, port, timeout

try:
    connect("h")
except TypeError as e:
    print(e)
try:
    connect("h", 1)
except TypeError as e:
    print(e)
try:
    connect(port=1, timeout=2)
except TypeError as e:
    print(e)

def kw(*, a, b):
    pass

try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(a=1)
except TypeError as e:
    print(e)
connect("only")
