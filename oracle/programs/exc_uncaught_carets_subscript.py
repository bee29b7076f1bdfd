data = {"outer": {"inner": [1, 2]}}
print(data["outer"]["inner"][1])
print(data["outer"]["inner"][5])
