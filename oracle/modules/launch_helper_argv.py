import sys

print(sys.argv[1:])
print(len(sys.argv))
print(__name__)
