from ..prices import PRICES

def rate():
    return 0.2 if len(PRICES) > 1 else 0.0
