value = 5
5 = value
