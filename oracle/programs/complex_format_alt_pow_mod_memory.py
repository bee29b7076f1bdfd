for spec in ['#', '#g', '', '#.3', '#10', '#<20', '#e', '#f', '#.0f', '#.0e']:
    for z in [1+2j, 3j, 1.5-0j, complex(2, 0), 1e20+1j]:
        print(repr(spec), repr(format(z, spec)))
for args in [(1j, 2, 3), (1+1j, 2, 0), (2, 1j, 3), (2, 2, 1j)]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
try: pow(1j, 2, 3.0)
except Exception as e: print(type(e).__name__, e)
for n in [2**40, 2**62, 2**63, 2**100]:
    for seq in [[1], (1,), "a", b"a", bytearray(b"a"), [1,2]]:
        try: seq * n
        except Exception as e: print(type(seq).__name__, n, type(e).__name__, type(e) is MemoryError, e)
x = [1]
try: x *= 2**40
except Exception as e: print(type(e).__name__, e)
for a in [(1.5,2,1j),(2,1.5,1j),(1j,1.5,2),(2,2,1.5),(2,1j,1.5),(True,2,1j), (1j,'a',2), (2,2,'x')]:
  try: print(pow(*a))
  except Exception as e: print(a, type(e).__name__, e)
try:
    [1] * 2**40
except MemoryError as e:
    print(repr(e), e.args)
for z in [complex('nan'), complex('inf'), -0.0-0j, 1e-7+1j]:
    print(format(z, '#'), format(z, '#>12'))
[None] * 2**50
