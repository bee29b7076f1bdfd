class Account:
    def __init__(self):
        self.__secret = 42
        self._internal = 1
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()

a = Account()
print(a.reveal(), a.call_private(), a._Account__secret, sorted(vars(a)))
try:
    a.__secret
except AttributeError as e:
    print(e)
class Sub(Account):
    def peek(self):
        return self.__secret
try:
    Sub().peek()
except AttributeError as e:
    print(e)
print([n for n in dir(Account) if "private" in n])
