import alpha
value = "-beta"
def later():
    return alpha.value
