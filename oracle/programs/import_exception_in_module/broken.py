print("broken module starts")

def compute():
    return 1 / 0

VALUE = compute()
