package lifecycle

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/subpy/subpy/statestruct"
)

// parallelWorkload touches the process-wide parts of the engine from
// Python: builtin types' attribute lookups and method caches, builtin
// functions, shared str constants of the builtins namespace, exceptions,
// generators, classes, formatting, sorting and builtin modules. Run by
// several OWN_GIL interpreters at once under -race, it shows that nothing
// they share is written without synchronization.
const parallelWorkload = `
import math, time, sys
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return math.hypot(self.x, self.y)
class Tagged(dict):
    def tag(self):
        return len(self)
def gen(n):
    for i in range(n):
        yield i * 2
acc = []
for k in range(300):
    p = Point(k, k + 1)
    s = "item-%d:%s" % (k, format(p.norm(), '.3f'))
    acc.append(s.upper().replace('ITEM', 'it').split(':')[0])
    d = Tagged(a=k, b=str(k))
    d.update({'c': [k, k]})
    acc.append(str(d.tag()) + ",".join(sorted(d, key=str.lower)))
    try:
        int('x%d' % k)
    except ValueError as e:
        acc.append(type(e).__name__ + str(e.args[0])[:5])
    acc.append(sum(gen(k % 7)))
    acc.append(hash(("t", k, 1.5)) == hash(("t", k, 1.5)))
    acc.append(repr(frozenset({k, -k})) + f"{k:>5}{k/3:.2f}")
    acc.append(isinstance(p, object) and issubclass(Tagged, dict))
    acc.append(max([3, k, 1], key=lambda v: -v) + min(k, 2))
    acc.append(b"ab".hex() + bytes(range(k % 5)).decode('latin-1'))
    acc.append(getattr(str, 'join')("-", ["x", "y"]) + "".join(reversed("abc")))
result = len(acc), sys.getrecursionlimit(), time.monotonic() > 0
`

func TestParallelWorkloadRace(t *testing.T) {
	rt := &statestruct.Runtime{}
	mainT, _ := rt.Initialize(statestruct.RuntimeConfig{})
	if _, err := StartInterpreter(mainT); err != nil {
		t.Fatal(err)
	}
	mainT.Detach()
	const n = 4
	errs := make([]string, n)
	var wg sync.WaitGroup
	_, stderr := capture(t, func() {
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				th, st := rt.NewInterpreter(statestruct.InterpreterConfig{Lock: statestruct.LockOwn,
					CheckMultiInterpExtensions: true}, statestruct.WhenceCAPI)
				if st.IsError() {
					errs[i] = fmt.Sprint(st)
					return
				}
				th.Attach()
				if _, err := StartInterpreter(th); err != nil {
					errs[i] = err.Error()
					return
				}
				if r := RunString(th, []byte(parallelWorkload), "<string>", Flags{}); r.Outcome != Done {
					errs[i] = fmt.Sprintf("%+v", r)
				}
				EndInterpreter(th.Interpreter())
				rt.EndInterpreter(th)
			}(i)
		}
		wg.Wait()
	})
	mainT.Attach()
	EndInterpreter(mainT.Interpreter())
	rt.Finalize(mainT)
	if stderr != "" {
		t.Fatalf("stderr: %s", stderr)
	}
	if s := strings.Join(errs, ""); s != "" {
		t.Fatalf("interpreters failed: %q", errs)
	}
}
