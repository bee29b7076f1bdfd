from .. import cart as cart_module
from ..cart import Cart
from .tax import rate

def make_invoice(c: Cart):
    assert isinstance(c, cart_module.Cart)
    net = c.total()
    return f"net={net:.2f} tax={net * rate():.2f} lines={len(c.items)}"
