s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
l = list(range(12))
print(l[s], "abcdefghijkl"[s], tuple(l)[s])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    l[1:2:0]
except ValueError as e:
    print(e)
try:
    l["a":"b"]
except TypeError as e:
    print(e)
