x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.5
y /= 2
print(y)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b11; b <<= 3; b >>= 1
print(b)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": [1]}
d["k"] += [2]
print(d)
class O: pass
o = O(); o.v = 1
o.v += 41
print(o.v)
