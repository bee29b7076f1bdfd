# io.UnsupportedOperation from files: one type (OSError and ValueError),
# never lost through finally/except/with, re-raisable after close.
import sys

f = open(__file__)
try:
    f.write("x")
except ValueError as e:
    U = type(e)
    print("ValueError:", type(e).__name__, e, e.args)
print(U.__module__, U.__name__, [c.__name__ for c in U.__mro__])
print(issubclass(U, OSError), issubclass(U, ValueError))
try:
    sys.stdin.write("x")
except OSError as e:
    print("stdin:", type(e) is U, e)
try:
    f.nosuch
except AttributeError as e:
    print(e)
fb = open(__file__, "rb")
try:
    fb.write(b"x")
except U as e:
    print("binary:", e)
try:
    fb.nosuch
except AttributeError as e:
    print(e)
fb.close()

def lost_in_finally():
    try:
        f.write("x")
    finally:
        print("finally ran")

try:
    lost_in_finally()
except U as e:
    print("propagated:", e)

try:
    try:
        sys.stdin.write("x")
    except KeyError:
        print("wrong handler")
except U as e:
    print("unmatched except propagated:", e)

try:
    f.write("y")
except Exception as e:
    err = e
f.close()
print(repr(err))

class Mine(U):
    pass
try:
    raise Mine("custom")
except ValueError as e:
    print("subclass:", type(e).__name__, e, e.errno)

with open(__file__) as g:
    g.write("x")
