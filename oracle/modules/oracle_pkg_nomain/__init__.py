print("init of a package without __main__")
