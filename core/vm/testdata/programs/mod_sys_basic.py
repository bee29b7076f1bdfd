import sys

print(sys.version_info)
print(sys.version_info.major, sys.version_info.minor, sys.version_info.micro, sys.version_info.releaselevel, sys.version_info.serial)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info[0], len(sys.version_info), tuple(sys.version_info))
print(sys.version.startswith('3.13.0 ('), sys.hexversion, hex(sys.hexversion))
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(type(sys.implementation.name).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.maxunicode)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('mod_sys_basic.py'))
print(type(sys.path).__name__, sys.path[0].endswith('programs'))
print(sys.modules['sys'] is sys, '__main__' in sys.modules, 'builtins' in sys.modules)
print(sys.modules['__main__'].__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.intern('abc'), sys.intern('x' * 3) == 'xxx')
print(sys.getdefaultencoding())
print(sys.stdout.write('written\n'))
sys.stdout.flush()
sys.stderr.write('')
print(sys.stdout.encoding, sys.stdout is sys.__stdout__)
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr, flush=True)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Capture()
print('a', 'b', sep='-', end='!', file=c)
print(c.parts)
old = sys.stdout
sys.stdout = c
print('captured', 42)
sys.stdout = old
print(c.parts)

for bad in ["sys.setrecursionlimit(0)", "sys.setrecursionlimit(-5)", "sys.setrecursionlimit(1.5)",
            "sys.setswitchinterval(0)", "sys.setswitchinterval(-1.0)", "sys.setswitchinterval('x')",
            "sys.intern(1)", "sys.exit(1, 2)", "sys.setrecursionlimit(1)"]:
    try:
        {
            "sys.setrecursionlimit(0)": lambda: sys.setrecursionlimit(0),
            "sys.setrecursionlimit(-5)": lambda: sys.setrecursionlimit(-5),
            "sys.setrecursionlimit(1.5)": lambda: sys.setrecursionlimit(1.5),
            "sys.setswitchinterval(0)": lambda: sys.setswitchinterval(0),
            "sys.setswitchinterval(-1.0)": lambda: sys.setswitchinterval(-1.0),
            "sys.setswitchinterval('x')": lambda: sys.setswitchinterval('x'),
            "sys.intern(1)": lambda: sys.intern(1),
            "sys.exit(1, 2)": lambda: sys.exit(1, 2),
            "sys.setrecursionlimit(1)": lambda: sys.setrecursionlimit(1),
        }[bad]()
    except Exception as e:
        print(bad, type(e).__name__, e)
