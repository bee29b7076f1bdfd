print("package init:", __name__)
VALUE = 42
