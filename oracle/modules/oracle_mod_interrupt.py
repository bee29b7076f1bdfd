import sys
print("interrupting", sys.argv[1:])
raise KeyboardInterrupt
