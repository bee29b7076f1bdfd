class A:
    pass
try:
    {}["missing"]
except KeyError:
    A().foo
