package interpreters

import "testing"

// BenchmarkQueueRoundTrip: round trips between two interpreters on two
// OS threads through two queues, measured from Python.
func BenchmarkQueueRoundTrip(b *testing.B) {
	crossRunB(b, `
import _interpreters as I, concurrent.interpreters as ci
a = ci.create_queue(); c = ci.create_queue()
x = I.create()
I.set___main___attrs(x, {'a': a, 'c': c, 'N': N})
`, `
import __main__, _interpreters as I
r = I.exec(__main__.x, '''
g = a.get; p = c.put
for i in range(N):
    p(g())
''')
assert r is None, r
`, `
import __main__
p = __main__.a.put; g = __main__.c.get
for i in range(__main__.N):
    p(i); g()
`)
}
