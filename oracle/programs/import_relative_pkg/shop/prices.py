PRICES = {"pen": 1.5, "book": 9.0}

def price_of(item):
    return PRICES[item]
