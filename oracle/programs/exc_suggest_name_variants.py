# NameError suggestions: a global near miss, found through a method's
# locals; printed with the traceback.
counter_total = 10
class Shop:
    def __init__(self):
        self.price = 3
    def total(self, quantity):
        return price * quantity
try:
    Shop().total(2)
except NameError as e:
    print("name:", e.name, "|", e)
def compute():
    values = [1, 2, 3]
    return sum(valuez) + counter_totl
compute()
