print(type(exit).__name__ if exit else None, repr(exit)[:4])
print("leaving with exit(6)")
exit(6)
