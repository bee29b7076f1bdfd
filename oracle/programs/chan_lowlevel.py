# _interpchannels: CPython 3.13.0's names, signatures, return shapes and
# errors (the low-level module under test.support.interpreters.channels).
import _interpchannels as C


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  raised", type(e).__name__, "-", e)
    else:
        print("  ->", repr(r))


print(sorted(n for n in dir(C) if not n.startswith("__")))
for n in ("ChannelNotFoundError", "ChannelClosedError", "ChannelEmptyError", "ChannelNotEmptyError"):
    e = getattr(C, n)
    print(n, e.__module__, [k.__name__ for k in e.__mro__[1:3]])
print(C.ChannelInfo.n_fields, C.ChannelInfo.n_sequence_fields, C.ChannelInfo.__mro__[1].__name__)

cid = C.create(3)
print(repr(cid), int(cid), cid.end, str(cid), hash(cid), cid == 0)
print(repr(cid.send), repr(cid.recv), cid.send.end, cid.recv.end, cid.send == cid.recv)
attempt(C.create)
attempt(C.create, 0)
attempt(C._channel_id, 0)
attempt(C._channel_id, 0, send=True)
attempt(C._channel_id, 0, recv=True)
attempt(C._channel_id, 0, send=True, recv=True)
attempt(C._channel_id, 99)
attempt(C._channel_id, 99, force=True)
attempt(C.ChannelID, 0)
print("list_all", C.list_all())
print("defaults", C.get_channel_defaults(cid))

print("send")
attempt(C.send, cid, 1, blocking=False)
attempt(C.send, cid, 2, 3, blocking=False)
attempt(C.send, cid, [1], 3, blocking=False)
attempt(C.send, cid, "x", 2, blocking=False)
attempt(C.send, cid, 1, 9, blocking=False)
attempt(C.send, 99, 1)
print("count", C.get_count(cid))
info = C.get_info(cid)
print(info)
print(info.send_associated, info.send_released, info.recv_associated, info.recv_released)
print("interpreters", C.list_interpreters(cid, send=True), C.list_interpreters(cid, send=False))
attempt(C.list_interpreters, cid)

print("recv")
for _ in range(3):
    attempt(C.recv, cid)
attempt(C.recv, cid)
attempt(C.recv, cid, 5)
attempt(C.recv, cid, default=6)
attempt(C.recv, 99)

print("close")
attempt(C.close, cid, send=True)
print(C.get_info(cid))
attempt(C.recv, cid)
attempt(C.send, cid, 1, blocking=False)
attempt(C.close, cid, send=True)

c2 = C.create(3)
C.send(c2, 1, blocking=False)
attempt(C.close, c2, recv=True)
attempt(C.close, c2)
print(C.get_info(c2).open)
attempt(C.close, c2, force=True)
print(C.get_info(c2))
attempt(C.recv, c2)
attempt(C.close, c2)
attempt(C.destroy, c2)
attempt(C.destroy, c2)

c3 = C.create(3)
attempt(C.release, c3, send=True)
print(C.get_info(c3).closed)
attempt(C.release, c3)
