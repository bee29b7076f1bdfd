# AttributeError suggestions on instances, classes and with case changes.
class Account:
    balance = 0
    def __init__(self):
        self.owner = "ann"
        self._secret = 1
    def deposit(self, n):
        self.balance += n
acct = Account()
try:
    acct.Owner
except AttributeError as e:
    print("name:", e.name, "obj is acct:", e.obj is acct, "|", e)
try:
    Account.depsit
except AttributeError as e:
    print(e.name, e)
print(getattr(acct, "missing", "default"), hasattr(acct, "owner"))
acct.deposti(5)
