import pkg
print(hasattr(pkg, "sub"))
import pkg.sub
print(hasattr(pkg, "sub"), pkg.sub.VALUE)
import pkg.sub as s
print(s is pkg.sub)
from pkg import lazy
print(lazy.NAME, "pkg.lazy" in __import__("sys").modules)
print(pkg.nothing_here)
