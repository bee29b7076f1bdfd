import sys

print("name:", __name__)
print("argv tail:", sys.argv[1:])
print("argv0 is this file:", sys.argv[0] == __file__)


def greet(who):
    return "hello, " + who


if __name__ == "__main__":
    print(greet("world"))
