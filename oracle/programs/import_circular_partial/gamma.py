from delta import d
g = 1
