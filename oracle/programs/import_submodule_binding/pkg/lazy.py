NAME = "lazy"
