#!/usr/bin/env python3.13
"""Writes repr.golden for core/ast's tests: Python 3.13's repr() of floats,
complex numbers, str and bytes values. Each line is JSON: [kind, input, repr]
where input is float.hex() for floats, [real.hex(), imag.hex()] for complex,
a list of code points for str and a list of byte values for bytes."""
import json, os, random, struct, sys

assert sys.version_info[:3] == (3, 13, 0), sys.version
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(3130)
floats = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
          9999999999999998.0, 1e-4, 1e-5, 0.0001234, 1.0e-320, 5e-324, 1.7976931348623157e308,
          float('inf'), float('nan'), 3.141592653589793, 2.5e-7, 1e22, 1e21, 12345.678]
for _ in range(400):
    floats.append(struct.unpack('<d', rnd.getrandbits(64).to_bytes(8, 'little'))[0])
for _ in range(200):
    floats.append(rnd.uniform(-1e6, 1e6))
    floats.append(float(rnd.randint(0, 10**18)))
out = []
for f in floats:
    if f != f and str(f) != 'nan':
        continue
    out.append(['float', f.hex(), repr(f)])
for c in [0j, 1j, 1.5j, 1e16j, 1e-5j, complex(1, 2), complex(-1, -0.5), complex(0.0, -1), complex(-0.0, 1), complex(float('inf'), 0), complex(0, float('nan'))]:
    out.append(['complex', [c.real.hex(), c.imag.hex()], repr(c)])
strs = ['', 'a', "'", '"', '\'"', 'it\'s', '\\', '\n\t\r\x00\x7f\x80\x9f\xa0\xad',
        'é中文😀', '\u200b\u2028\ufeff\ue000\U000e0001', '\ud800', '\udfff', '\U0010ffff',
        '\u0378\u31ef\U0002ebf0']
for _ in range(300):
    strs.append(''.join(chr(rnd.choice([rnd.randrange(0, 0x80), rnd.randrange(0x80, 0x800), rnd.randrange(0x800, 0x10000), rnd.randrange(0x10000, 0x110000)])) for _ in range(8)))
for s in strs:
    out.append(['str', [ord(c) for c in s], repr(s)])
for b in [b'', b"'", b'"', b'\'"', bytes(range(256))]:
    out.append(['bytes', list(b), repr(b)])
with open('repr.golden', 'w', encoding='utf-8') as fp:
    for o in out:
        fp.write(json.dumps(o, ensure_ascii=True) + '\n')
