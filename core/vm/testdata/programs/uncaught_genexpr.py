data = {"a": 1}
keys = ["a", "b"]
total = sum(data[k] for k in keys)
