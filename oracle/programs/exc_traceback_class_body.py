class Broken:
    x = 1
    y = x + undefined_in_class
