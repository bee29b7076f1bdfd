# oracle-stdin: "one\ntwo"
import sys
print(repr(input("first> ")))
print(repr(input("second> ")))
try:
    input(3)
except EOFError as e:
    print("EOFError:", e, e.args)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
def ask():
    return input("again? ")
ask()
