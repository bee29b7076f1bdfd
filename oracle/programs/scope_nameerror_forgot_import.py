print("computing")
print(math.sqrt(2))
