# The type side of abstract classes: __abstractmethods__ and object.__new__
class A: pass
try: A.__abstractmethods__
except AttributeError as e: print(e)
A.__abstractmethods__ = frozenset({'g','f'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset({'f'})
try: A()
except TypeError as e: print(e)
try: object.__new__(A)
except TypeError as e: print(e)
A.__abstractmethods__ = ()
print(type(A()).__name__)
try: int.__abstractmethods__
except AttributeError as e: print(e)
class L(list): pass
L.__abstractmethods__ = {'x'}
print(L())
del A.__abstractmethods__
try: del A.__abstractmethods__
except AttributeError as e: print(e)
