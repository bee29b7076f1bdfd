ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], bytes(ba))
ba[1:3] = b"EE"
del ba[-3:]
print(ba, ba.pop(), ba.find(b"l"), ba.upper())
ba2 = bytearray(4)
print(ba2, bytearray(range(3)), bytearray("ab", "ascii"), bytearray(b"x") == b"x")
ba.insert(0, 60)
ba.reverse()
print(ba, ba.hex(), bytearray.fromhex("ff00"))
ba += b"++"
print(ba, ba * 2)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    hash(ba)
except TypeError as e:
    print(e)
ba.clear()
print(ba, memoryview(b"abc")[1], bytes(memoryview(b"xyz")[::2]))
