from gamma import g
d = 2
