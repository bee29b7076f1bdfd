values = [1, 2, 3]
first, *rest = values
*everything = values
