x = 3.14159
n = 1234567
print(f"{x:.2f}|{42:5d}|{42:<5}|{'ab':>6}|{'ab':^7}|{n:,}|{0.5:%}|{255:x}|{255:#X}|{7:08.3f}|{-3:+d}")
print(f"{1e20:g}|{12345.678:e}|{2.5:.0f}|{3.5:.0f}|{1/3:.10g}|{100:_}|{5:b}|{'x':*<4}|{1.0:g}|{123456789.0:g}")
print(f"{0.0001234:g}|{True:d}|{-0.0:.1f}|{x:10.3f}|{x:<10.3f}|{x:^10.1f}|{-x:=10.2f}|{n:>12,}|{2**70:,}")
print(format(3.5), format(10, 'o'), format(1e100, '.3'), format(2 / 3, '.3'), format(1.0, '.3'), format(12.0, '.2'))
print(f"{float('inf'):f}|{float('nan'):F}|{-float('inf'):>6}|{1e-7:g}|{123.456:G}|{1.5e300:e}|{0:#b}|{-255:#x}")
print(f"{'hello':.3}|{'hi':_^8}|{7:03}|{-7:03}|{3.0:}|{True}|{None!r:>6}|{'q'!r}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec)
print(f"{Money(3.5):.2f}", format(Money(2), "03d"))
for bad in ["{:d}".replace("{:d}", "x"), "z"]:
    try:
        format(1.5, "d") if bad == "x" else format("s", "d")
    except ValueError as e:
        print(e)
