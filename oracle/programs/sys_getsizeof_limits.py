import sys
values = [0, 1, -1, 2**30, 2**60, 2**100, 1.5, None, True, "", "abc", "é" * 5, "\u0100" * 3,
          "\U0001F600", b"", b"abcd", (), (1, 2), {}, {1: 2}, {"a": 1}, set(), {1, 2, 3, 4, 5}, frozenset(), 1j]
print([sys.getsizeof(v) for v in values])
print(sys.getsizeof(object(), 5), sys.getsizeof(o := 7) == sys.getsizeof(7))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits("5")
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(maxdigits=1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
