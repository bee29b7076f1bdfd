import sys
print(sys.get_int_max_str_digits())
x = 10 ** 4299
print(len(str(x)), len(repr(-x)))
for f in (lambda: str(10 ** 4300), lambda: int("7" * 4301), lambda: int("٣" * 5000), lambda: "%d" % (10 ** 5000)):
    try:
        f()
    except ValueError as e:
        print(e)
print(int("1" * 5000, 16) % 1000, len(hex(10 ** 5000)), len(bin(3 ** 4000)))
print(int("1_" * 2000 + "1") % 97)
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
print(len(str(10 ** 999)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)), int("9" * 6000) % 7)
