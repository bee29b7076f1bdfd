x = 1
print(x is 1, "abc" is not "abc")
print("after the warnings")
