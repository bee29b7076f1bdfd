import sys
print("directory app:", __name__)
print(sys.path[0].rsplit("/", 1)[-1], sys.argv[0].rsplit("/", 1)[-1], sys.argv[1:])
