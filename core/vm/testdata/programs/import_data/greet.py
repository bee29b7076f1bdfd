"""A plain module."""
print('loading greet as', __name__)
GREETING = 'hello'
_private = 'hidden'
count = 0


def greet(who):
    return GREETING + ', ' + who


class Greeter:
    pass
