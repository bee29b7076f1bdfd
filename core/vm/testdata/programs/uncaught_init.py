class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f"negative balance for {owner}: {balance}")
        self.owner = owner
accounts = [Account("ann", 10), Account("bob", -5)]
