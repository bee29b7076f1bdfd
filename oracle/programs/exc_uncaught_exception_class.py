print("raising the class, not an instance")
raise LookupError
