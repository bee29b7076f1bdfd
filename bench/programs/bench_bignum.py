# Integer bignum: factorials, big powers and modular arithmetic, int <-> str conversion.
import sys

sys.set_int_max_str_digits(0)


def one_round(r):
    n = 2000 + r % 50
    f = 1
    for i in range(2, n + 1):
        f *= i
    digits = str(f)
    p = pow(3 + r, n * 8, (1 << 2048) - 159)
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    q, rem = divmod(f, b)
    back = int(digits[: 1000 + r % 100])
    return len(digits) + sum(map(int, digits[:100])) + p % 1000003 + rem.bit_length() + q % 97 + back % 89


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
print(run(n))
