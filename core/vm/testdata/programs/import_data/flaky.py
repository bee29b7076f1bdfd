import sys
attempts = sys.modules['__main__'].attempts
attempts.append(1)
if len(attempts) == 1:
    raise RuntimeError('first attempt fails')
ok = True
