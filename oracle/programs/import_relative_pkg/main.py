import shop
from shop import cart
from shop.billing import invoice
from shop.billing.invoice import make_invoice

print(shop.NAME, cart.Cart.__module__, invoice.__name__, invoice.__package__)
c = cart.Cart()
c.add("pen", 2)
c.add("book", 12)
print(make_invoice(c))
print(shop.billing.tax.rate(), shop.cart is cart)
print(sorted(k for k in __import__("sys").modules if k.startswith("shop")))
