class BankError(Exception):
    pass
class Insufficient(BankError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have
class Frozen(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.frozen = owner, balance, False
    def withdraw(self, amt):
        if self.frozen:
            raise Frozen(self.owner)
        if amt > self.balance:
            raise Insufficient(amt, self.balance)
        self.balance -= amt

def transfer(a, b, amt):
    try:
        a.withdraw(amt)
    except Insufficient as e:
        return f"failed: {e} (short by {e.need - e.have})"
    except BankError as e:
        return f"failed: {type(e).__name__}({e})"
    else:
        b.balance += amt
        return "ok"
    finally:
        print(f"  audit {a.owner}->{b.owner} {amt}")

x, y = Account("x", 100), Account("y")
print(transfer(x, y, 30), transfer(x, y, 100))
x.frozen = True
print(transfer(x, y, 1), x.balance, y.balance)
