# oracle-args: ["alpha", "--beta=2", "", "spaced arg", "é"]
import sys
print(sys.argv[1:])
print(len(sys.argv))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
