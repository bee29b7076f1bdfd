# Interpreters are isolated: each has its own sys.modules, builtins,
# __main__ and module objects; changing one never shows in another.
import _interpreters as I
import sys
import math
import builtins

a = I.create()
b = I.create()

math.marker = 'main'
builtins.everywhere = 'main'
sys.path.append('main-only-entry')
sys.argv.append('main-only-arg')
sys.setrecursionlimit(500)
sys.modules['fake_module'] = 'main'
answer = 42

def check():
    import sys, math, builtins
    print('math.marker' , getattr(math, 'marker', None))
    print('builtins.everywhere', getattr(builtins, 'everywhere', None))
    print('path entry', 'main-only-entry' in sys.path)
    print('argv', sys.argv)
    print('recursion limit', sys.getrecursionlimit())
    print('fake module', 'fake_module' in sys.modules)
    print('answer', globals().get('answer'))
    print('own __main__', sys.modules['__main__'].__dict__ is globals())
    print('main globals', sorted(k for k in globals() if not k.startswith('__')))

I.exec(a, check)
print('--- a changes its own state')
I.exec(a, '''
import sys, math, builtins
math.marker = 'a'
builtins.everywhere = 'a'
sys.modules['fake_module'] = 'a'
sys.setrecursionlimit(300)
answer = 'a'
len = lambda x: -1
print('a sees', math.marker, builtins.everywhere, answer, len([1, 2]))
''')
print('--- b is untouched')
I.exec(b, check)
print('--- main is untouched')
print(math.marker, builtins.everywhere, sys.modules['fake_module'], answer, len([1, 2]),
      sys.getrecursionlimit())
print('--- a kept its state')
I.exec(a, 'print(math.marker, everywhere, sys.modules["fake_module"], answer, len([1]), sys.getrecursionlimit())')

# A class made in one interpreter stays there: its exception comes back
# as text.
r = I.exec(a, 'class Mine(Exception):\n    pass\nraise Mine("only in a")')
print(r.type.__name__, r.type.__module__, r.msg)
print('Mine' in dir(sys.modules['__main__']))

# The exception classes of _interpreters are each interpreter's own.
I.exec(a, 'import _interpreters as J\nprint(J.InterpreterError.__module__, J.InterpreterError.__mro__[1:])')

# A function sent to run elsewhere sees that interpreter's globals.
counter = 0
def bump():
    global counter
    counter += 1
    print('counter in', __import__('_interpreters').get_current()[0], counter)
I.set___main___attrs(b, {'counter': 100})
I.exec(b, bump)
I.exec(b, bump)
bump()
print(counter)
I.destroy(a)
I.destroy(b)
print(I.list_all())
