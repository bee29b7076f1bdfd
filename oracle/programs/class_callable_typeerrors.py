class Thing:
    def __init__(self, a, b=2):
        pass
    def method(self, x):
        pass
    @staticmethod
    def st(y):
        pass

for call in [lambda: Thing(), lambda: Thing(1, 2, 3), lambda: Thing(1, c=3), lambda: Thing(1).method(),
             lambda: Thing.method(1), lambda: Thing.st(), lambda: Thing(1).method(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class NoInit:
    pass
try:
    NoInit(5)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
Thing(1).method()
