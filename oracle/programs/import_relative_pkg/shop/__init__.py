print("init", __name__, __package__)
NAME = "shop"
