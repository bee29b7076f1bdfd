package interpreters

import (
	"testing"
)

func TestSelect(t *testing.T) {
	runCases(t, expectPrelude+"import concurrent.interpreters as ci, _clock as time", []pyCase{
		{"returns the end passed in", `
r, s = ci.create_channel()
q = ci.create_queue()
s.send_nowait('c')
end, obj = ci.select(q, r)
assert end is r and obj == 'c', (end, obj)
q.put([1])
end, obj = ci.select(r, q, timeout=1)
assert end is q and obj == [1], (end, obj)
`},
		{"random among ready ends", `
r1, s1 = ci.create_channel()
r2, s2 = ci.create_channel()
q = ci.create_queue()
seen = {}
for i in range(300):
    s1.send_nowait(1); s2.send_nowait(2); q.put(3)
    end, obj = ci.select(r1, r2, q)
    seen[obj] = seen.get(obj, 0) + 1
    for e in (r1, r2):
        while e.recv_nowait(None) is not None:
            pass
    while not q.empty():
        q.get_nowait()
assert set(seen) == {1, 2, 3}, seen
assert min(seen.values()) > 30, seen
`},
		{"poll and timeout", `
r, s = ci.create_channel()
q = ci.create_queue()
raises(TimeoutError, ci.select, r, q, timeout=0)
t0 = time.monotonic()
raises(TimeoutError, ci.select, r, q, timeout=0.05)
assert 0.04 < time.monotonic() - t0 < 2
raises(ValueError, ci.select, r, timeout=-1)
e = raises(TypeError, ci.select, r, bogus=1)
assert str(e) == "select() got an unexpected keyword argument 'bogus'", str(e)
`},
		{"errors", `
r, s = ci.create_channel()
e = raises(ValueError, ci.select)
assert str(e) == 'select() needs at least one receiving end', str(e)
raises(ValueError, ci.select, timeout=1)
e = raises(TypeError, ci.select, r, s)
assert str(e) == 'select() takes receiving ends (RecvChannel or Queue), not SendChannel', str(e)
raises(TypeError, ci.select, 1)
`},
		{"closed channel", `
r, s = ci.create_channel()
r2, s2 = ci.create_channel()
s.send_nowait(1)
s.close()
assert ci.select(r, r2) == (r, 1)
e = raises(ci.ChannelClosedError, ci.select, r, r2, timeout=1)
assert str(e) == f'channel {r.id} is closed', str(e)
`},
	})
}

// TestSelectCrossInterpreter: select blocks (its interpreter's lock
// released) until another interpreter sends; taking the object from a
// rendezvous channel releases the blocked sender.
func TestSelectCrossInterpreter(t *testing.T) {
	crossRun(t, `
import _interpreters as I, concurrent.interpreters as ci
r1, s1 = ci.create_channel()
r2, s2 = ci.create_channel()
q = ci.create_queue()
x = I.create()
I.set___main___attrs(x, {'s1': s1, 'q': q})
`, `
import __main__, concurrent.interpreters as ci
m = __main__
got = []
for i in range(100):
    end, obj = ci.select(m.r1, m.r2, m.q, timeout=20)
    got.append((end is m.r1, end is m.q, obj))
assert [g for g in got if g[0]] == [(True, False, i) for i in range(50)], got
assert sorted(g[2] for g in got if g[1]) == list(range(50))
`, `
import __main__, _interpreters as I
r = I.exec(__main__.x, '''
for i in range(50):
    s1.send(i)
    q.put(i)
''')
assert r is None, r
`)
}
