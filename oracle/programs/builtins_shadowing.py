def len(x):
    return "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
import builtins
print(builtins.len is len, builtins.__name__)
builtins.custom_global = "from builtins"
print(custom_global)
list = tuple
print(list([1, 2]))
del list
print(list((1, 2)))
print(type(__builtins__).__name__)
