package interpreters

import (
	"testing"
)

func TestChannel(t *testing.T) {
	runCases(t, expectPrelude+"import concurrent.interpreters as ci, _clock as time", []pyCase{
		{"ends", `
r, s = ci.create_channel()
assert type(r.id) is int and r.id == s.id
assert repr(r) == f'RecvChannel(id={r.id})' and repr(s) == f'SendChannel(id={s.id})'
assert not r.is_closed and not s.is_closed
r2, s2 = ci.create_channel()
assert r2.id == r.id + 1 and r != r2 and r == r and hash(r) == hash(r.id)
raises(TypeError, ci.RecvChannel)
raises(AttributeError, setattr, r, 'is_closed', True)
for n in ('recv', 'recv_nowait', 'close', 'is_closed', 'id'):
    assert hasattr(r, n), n
for n in ('send', 'send_nowait', 'close', 'is_closed', 'id'):
    assert hasattr(s, n), n
assert not hasattr(r, 'send') and not hasattr(s, 'recv')
`},
		{"send_nowait and recv", `
r, s = ci.create_channel()
objs = [None, False, 3, 2**70, 0.5, 2j, 's', b'b', (1, (2,)), frozenset('ab'), r, s, ci.create_queue()]
for o in objs:
    assert s.send_nowait(o) is None
got = [r.recv() for _ in objs]
assert got == objs, got
assert got[10] is r and got[11] is s
`},
		{"recv_nowait", `
r, s = ci.create_channel()
e = raises(ci.ChannelEmptyError, r.recv_nowait)
assert str(e) == f'channel {r.id} is empty', str(e)
assert r.recv_nowait(None) is None
assert r.recv_nowait('d') == 'd' and r.recv_nowait(default=1) == 1
s.send_nowait(4)
assert r.recv_nowait('d') == 4
`},
		{"not shareable", `
r, s = ci.create_channel()
for obj, name in (([1], 'list'), ({}, 'dict'), (bytearray(), 'bytearray'), ((1, [2]), 'tuple'), (object(), 'object')):
    e = raises(ci.NotShareableError, s.send_nowait, obj)
    assert str(e) == f'{name} objects are not shareable', str(e)
    e = raises(ci.NotShareableError, s.send, obj)
    assert str(e) == f'{name} objects are not shareable', str(e)
assert r.recv_nowait(None) is None
`},
		{"timeouts", `
r, s = ci.create_channel()
t0 = time.monotonic()
raises(TimeoutError, r.recv, 0.05)
assert 0.04 < time.monotonic() - t0 < 2
raises(TimeoutError, r.recv, timeout=0)
t0 = time.monotonic()
raises(TimeoutError, s.send, 1, timeout=0.05)
assert 0.04 < time.monotonic() - t0 < 2
assert r.recv_nowait(None) is None, 'a timed-out send is withdrawn'
raises(ValueError, r.recv, -1)
raises(TypeError, r.recv, 'x')
`},
		{"close the sending end", `
r, s = ci.create_channel()
s.send_nowait(1); s.send_nowait(2)
s.close(); s.close()
assert s.is_closed and not r.is_closed
e = raises(ci.ChannelClosedError, s.send_nowait, 3)
assert str(e) == f'channel {s.id} is closed', str(e)
raises(ci.ChannelClosedError, s.send, 3)
assert r.recv() == 1 and r.recv_nowait() == 2
assert r.is_closed
raises(ci.ChannelClosedError, r.recv)
raises(ci.ChannelClosedError, r.recv_nowait)
raises(ci.ChannelClosedError, r.recv_nowait, 'd')
`},
		{"close the receiving end", `
r, s = ci.create_channel()
s.send_nowait(1)
e = raises(ci.ChannelNotEmptyError, r.close)
assert str(e) == f'channel {r.id} may not be closed if not empty (try force=True)', str(e)
assert not r.is_closed and r.recv() == 1
r.close(); r.close()
assert r.is_closed and s.is_closed
raises(ci.ChannelClosedError, s.send_nowait, 1)
raises(ci.ChannelClosedError, r.recv_nowait)
r, s = ci.create_channel()
s.send_nowait(1); s.send_nowait(2)
r.close(force=True)
assert r.is_closed
raises(ci.ChannelClosedError, r.recv_nowait)
`},
	})
}

// TestChannelRendezvous: send() returns only after a receiver in another
// interpreter took the object.
func TestChannelRendezvous(t *testing.T) {
	crossRun(t, `
import _interpreters as I, concurrent.interpreters as ci
r, s = ci.create_channel()
log = ci.create_queue()
x = I.create()
I.set___main___attrs(x, {'r': r, 'log': log})
`, `
import __main__
s, log = __main__.s, __main__.log
for i in range(200):
    s.send(i)
    log.put(('sent', i))
s.close()
`, `
import __main__, _interpreters as I, _clock as time
time.sleep(0.05)
assert __main__.log.empty(), 'send returned before any receive'
r = I.exec(__main__.x, '''
import concurrent.interpreters as ci
n = 0
while True:
    try:
        v = r.recv()
    except ci.ChannelClosedError:
        break
    assert v == n, (v, n)
    log.put(('recv', n))
    n += 1
assert n == 200, n
''')
assert r is None, r
`)
}

// TestChannelCloseWakes: closing the sending end wakes a blocked
// receiver with ChannelClosedError; closing the receiving end wakes a
// blocked sender with it.
func TestChannelCloseWakes(t *testing.T) {
	crossRun(t, `
import concurrent.interpreters as ci
r1, s1 = ci.create_channel()
r2, s2 = ci.create_channel()
`, `
import __main__, concurrent.interpreters as ci
try:
    __main__.r1.recv(timeout=20)
except ci.ChannelClosedError:
    pass
else:
    raise AssertionError('recv returned')
`, `
import __main__, concurrent.interpreters as ci
try:
    __main__.s2.send('x', timeout=20)
except ci.ChannelClosedError:
    pass
else:
    raise AssertionError('send returned')
`, `
import __main__, _clock as time
time.sleep(0.05)
__main__.s1.close()
__main__.r2.close(force=True)
`)
}

// TestInterpchannels checks _interpchannels against CPython 3.13.0's
// output for the same calls (recorded from python3.13).
func TestInterpchannels(t *testing.T) {
	runCases(t, expectPrelude+"import _interpchannels as C, concurrent.interpreters as ci", []pyCase{
		{"names", `
names = sorted(n for n in dir(C) if not n.startswith('__'))
want = ['ChannelClosedError', 'ChannelEmptyError', 'ChannelError', 'ChannelID', 'ChannelInfo',
        'ChannelNotEmptyError', 'ChannelNotFoundError', '_channel_id', '_register_end_types', 'close',
        'create', 'destroy', 'get_channel_defaults', 'get_count', 'get_info', 'list_all',
        'list_interpreters', 'recv', 'release', 'send', 'send_buffer']
assert names == want, names
assert C.ChannelInfo.__mro__[1] is tuple
assert (C.ChannelInfo.n_fields, C.ChannelInfo.n_sequence_fields) == (16, 8)
`},
		{"ids", `
cid = C.create(3)
assert type(cid) is C.ChannelID and repr(cid) == 'ChannelID(0)', repr(cid)
assert (int(cid), cid.end, str(cid), hash(cid)) == (0, 'both', '0', 0)
assert repr(cid.send) == 'ChannelID(0, send=True)' and repr(cid.recv) == 'ChannelID(0, recv=True)'
assert cid.send.end == 'send' and cid == 0 and cid.send != cid.recv and cid.send == C._channel_id(0, send=True)
e = raises(TypeError, C.create)
assert str(e) == "create() missing required argument 'unboundop' (pos 1)", str(e)
e = raises(ValueError, C.create, 0)
assert str(e) == 'unsupported unboundop 0'
assert repr(C._channel_id(0)) == 'ChannelID(0)'
assert repr(C._channel_id(0, send=True)) == 'ChannelID(0, send=True)'
assert repr(C._channel_id(0, recv=True)) == 'ChannelID(0, recv=True)'
assert repr(C._channel_id(0, send=True, recv=True)) == 'ChannelID(0)'
e = raises(C.ChannelNotFoundError, C._channel_id, 99)
assert str(e) == 'channel 99 not found'
assert repr(C._channel_id(99, force=True)) == 'ChannelID(99)'
e = raises(TypeError, C.ChannelID, 0)
assert C.list_all() == [(cid, 3)], C.list_all()
assert C.get_channel_defaults(cid) == 3
`},
		{"send and recv", `
cid = C.create(3)
assert C.send(cid, 1, blocking=False) is None
C.send(cid, 1, 3, blocking=False)
e = raises(ci.NotShareableError, C.send, cid, [1], 3, blocking=False)
assert str(e) == '[1] does not support cross-interpreter data', str(e)
C.send(cid, 'x', 3, blocking=False)
C.send(cid, 'y', 2, blocking=False)
e = raises(ValueError, C.send, cid, 1, 9, blocking=False)
assert str(e) == 'unsupported unboundop 9'
assert C.get_count(cid) == 4
i = C.get_info(cid)
assert repr(i) == '_interpchannels.ChannelInfo(open=True, closing=False, closed=False, count=4, num_interp_send=1, num_interp_send_released=0, num_interp_recv=0, num_interp_recv_released=0)', repr(i)
assert i.send_associated and not i.recv_associated and not i.send_released
assert C.list_interpreters(cid, send=True) == [0] and C.list_interpreters(cid, send=False) == []
e = raises(TypeError, C.list_interpreters, cid)
assert str(e) == "channel_list_interpreters() missing required argument 'send' (pos 2)", str(e)
assert [C.recv(cid) for _ in range(4)] == [(1, None), (1, None), ('x', None), ('y', None)]
e = raises(C.ChannelEmptyError, C.recv, cid)
assert str(e) == f'channel {int(cid)} is empty', str(e)
assert C.recv(cid, 5) == (5, None) and C.recv(cid, default=3) == (3, None)
e = raises(C.ChannelNotFoundError, C.send, 99, 1)
assert str(e) == 'channel 99 not found'
`},
		{"close", `
cid = C.create(3)
C.close(cid, send=True)
i = C.get_info(cid)
assert repr(i) == '_interpchannels.ChannelInfo(open=False, closing=False, closed=True, count=0, num_interp_send=0, num_interp_send_released=0, num_interp_recv=0, num_interp_recv_released=0)', repr(i)
e = raises(C.ChannelClosedError, C.recv, cid)
assert str(e) == f'channel {int(cid)} is closed'
raises(C.ChannelClosedError, C.send, cid, 1, 3, blocking=False)
raises(C.ChannelClosedError, C.close, cid, send=True)
c2 = C.create(3)
C.send(c2, 1, 3, blocking=False)
e = raises(C.ChannelNotEmptyError, C.close, c2, recv=True)
assert str(e) == f'channel {int(c2)} may not be closed if not empty (try force=True)', str(e)
raises(C.ChannelNotEmptyError, C.close, c2)
assert C.get_info(c2).open
C.close(c2, force=True)
assert C.get_info(c2).closed
raises(C.ChannelClosedError, C.recv, c2)
raises(C.ChannelClosedError, C.close, c2)
C.destroy(c2)
raises(C.ChannelNotFoundError, C.destroy, c2)
c3 = C.create(3)
assert C.release(c3, send=True) is None
assert C.get_info(c3).closed
raises(C.ChannelClosedError, C.release, c3)
`},
		{"rendezvous send with timeout", `
cid = C.create(3)
raises(TimeoutError, C.send, cid, 1, timeout=0.05)
assert C.get_count(cid) == 0
`},
	})
}
