print(repr(quit), repr(exit), str(exit))
print(type(quit).__name__, type(quit).__module__)
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print("leaving with a message")
exit("stopping: reason given")
