package interpreters

import "testing"

// TestChannelSendWithoutWaiting pins what CPython 3.13 does when a send
// does not wait for its receiver (checked against CPython 3.13.0):
// send(obj, timeout=0) is a rendezvous that gives up at once, so it
// fails with TimeoutError and withdraws the item; send_nowait and
// _interpchannels.send(blocking=False) queue the item and return; a
// timeout with blocking=False is a ValueError.
func TestChannelSendWithoutWaiting(t *testing.T) {
	runCases(t, expectPrelude+"import _interpchannels as C, concurrent.interpreters as ci", []pyCase{
		{"timeout 0 times out and withdraws", `
r, s = ci.create_channel()
for _ in range(3):
    raises(TimeoutError, s.send, 1, timeout=0)
    assert r.recv_nowait(None) is None, 'a timed-out send is withdrawn'
cid = C.create(3)
raises(TimeoutError, C.send, cid, 1, timeout=0)
raises(TimeoutError, C.send, cid, 1, blocking=True, timeout=0)
assert C.get_count(cid) == 0
`},
		{"nowait queues", `
r, s = ci.create_channel()
assert s.send_nowait(1) is None and s.send_nowait(2) is None
assert r.recv_nowait() == 1 and r.recv_nowait() == 2
cid = C.create(3)
assert C.send(cid, 'a', blocking=False) is None
assert C.send(cid, 'b', 3, blocking=False, timeout=None) is None
assert C.get_count(cid) == 2
assert C.recv(cid)[0] == 'a' and C.recv(cid)[0] == 'b'
`},
		{"timeout with blocking=False", `
cid = C.create(3)
for tmo in (0, 1, 0.5):
    e = raises(ValueError, C.send, cid, 1, blocking=False, timeout=tmo)
    assert str(e) == "can't specify a timeout for a non-blocking call", str(e)
    e = raises(ValueError, C.send_buffer, cid, b'x', blocking=False, timeout=tmo)
    assert str(e) == "can't specify a timeout for a non-blocking call", str(e)
assert C.get_count(cid) == 0
`},
	})
}
