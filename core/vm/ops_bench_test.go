package vm

import (
	"io"
	"testing"

	"github.com/subpy/subpy/core/object"
)

// The hot-path benchmarks: each runs one Python operation b.N times inside
// a loop of a Python function (`bench(n)`), so ns/op and allocs/op are per
// Python operation (plus the loop's own FOR_ITER over range, itself
// measured by ForRange). Setup (interpreter creation, compiling, building
// the data) happens before the timer starts. Run:
//
//	nice go test ./core/vm -run '^$' -bench Op -benchmem
//
// or `make bench-allocs`. The engine's promise (docs/engine-design.md §1,
// §8): 0 allocations per operation for small-int and float arithmetic,
// range loops, attribute loads and stores, method calls, dict get/set of
// existing str keys and list indexing.

func benchOp(b *testing.B, src string) {
	b.Helper()
	_, th, err := NewInterp(Config{Stdout: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	// A module object for the module-attribute benchmark (no importer
	// needed): mod.value.
	m := object.NewModule("mod")
	m.Dict.SetStr(object.NewStr("value"), object.Int(7))
	th.interp.Main.Dict.SetStr(object.NewStr("mod"), m.Value())
	if err := th.RunSource("<bench>", []byte(src)); err != nil {
		b.Fatal(err)
	}
	fn := th.interp.Main.Dict.GetStr(object.NewStr("bench"))
	if fn.IsNull() {
		b.Fatal("no bench function")
	}
	// Warm up: quickening, caches, the frame slab.
	if r := object.Call(&th.Thread, fn, []object.Value{object.Int(100)}, nil); r.IsNull() {
		b.Fatalf("bench(100) raised: %v", th.Exc)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	if r := object.Call(&th.Thread, fn, []object.Value{object.Int(int64(b.N))}, nil); r.IsNull() {
		b.Fatalf("bench raised: %v", th.Exc)
	}
	// CPU time per operation (user + system, GC threads included): steadier
	// than ns/op (wall time) on the shared, loaded machine.
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkOpForRange(b *testing.B) {
	benchOp(b, `
def bench(n):
    for i in range(n):
        pass
`)
}

func BenchmarkOpIntArith(b *testing.B) {
	benchOp(b, `
def bench(n):
    x = 0
    for i in range(n):
        x = (x + i * 3 - 1) & 0xffff
    return x
`)
}

func BenchmarkOpFloatArith(b *testing.B) {
	benchOp(b, `
def bench(n):
    x = 0.5
    y = 1.0001
    for i in range(n):
        x = x * y + 0.25 - x / 3.0
    return x
`)
}

func BenchmarkOpMethodCall(b *testing.B) {
	benchOp(b, `
class C:
    def __init__(self):
        self.v = 1
    def get(self, a):
        return a
def bench(n):
    c = C()
    for i in range(n):
        c.get(i)
`)
}

func BenchmarkOpAttrLoad(b *testing.B) {
	benchOp(b, `
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
def bench(n):
    c = C()
    for i in range(n):
        c.b
`)
}

func BenchmarkOpAttrStore(b *testing.B) {
	benchOp(b, `
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
def bench(n):
    c = C()
    for i in range(n):
        c.b = i
`)
}

func BenchmarkOpModuleAttr(b *testing.B) {
	benchOp(b, `
def bench(n):
    for i in range(n):
        mod.value
`)
}

func BenchmarkOpDictGetStr(b *testing.B) {
	benchOp(b, `
def bench(n):
    d = {"alpha": 1, "beta": 2, "gamma": 3}
    k = "beta"
    for i in range(n):
        d[k]
`)
}

func BenchmarkOpDictSetStr(b *testing.B) {
	benchOp(b, `
def bench(n):
    d = {"alpha": 1, "beta": 2, "gamma": 3}
    k = "beta"
    for i in range(n):
        d[k] = i
`)
}

func BenchmarkOpDictGetMethod(b *testing.B) {
	benchOp(b, `
def bench(n):
    d = {"alpha": 1, "beta": 2, "gamma": 3}
    for i in range(n):
        d.get("beta", 0)
`)
}

func BenchmarkOpListAppend(b *testing.B) {
	benchOp(b, `
def bench(n):
    xs = []
    for i in range(n):
        xs.append(i)
        if len(xs) > 1000:
            xs = []
`)
}

func BenchmarkOpListIndex(b *testing.B) {
	benchOp(b, `
def bench(n):
    xs = list(range(100))
    for i in range(n):
        xs[i & 63]
`)
}

func BenchmarkOpBuiltinCall(b *testing.B) {
	benchOp(b, `
def bench(n):
    xs = [1, 2, 3]
    for i in range(n):
        len(xs)
`)
}

func BenchmarkOpFuncCall(b *testing.B) {
	benchOp(b, `
def f(a, b):
    return a
def bench(n):
    for i in range(n):
        f(i, 2)
`)
}

func BenchmarkOpClosureCall(b *testing.B) {
	benchOp(b, `
def make():
    k = 3
    def add(x):
        return x + k
    return add
def bench(n):
    add = make()
    for i in range(n):
        add(i)
`)
}

func BenchmarkOpGeneratorNext(b *testing.B) {
	benchOp(b, `
def gen(n):
    for i in range(n):
        yield i
def bench(n):
    for x in gen(n):
        pass
`)
}

func BenchmarkOpComprehension(b *testing.B) {
	// One op = one element of a 100-element list comprehension.
	benchOp(b, `
def bench(n):
    r = range(100)
    for j in range(n // 100):
        [x + 1 for x in r]
`)
}

func BenchmarkOpTryExcept(b *testing.B) {
	// One op = one raise + catch of an exception in a loop.
	benchOp(b, `
def bench(n):
    d = {}
    for i in range(n):
        try:
            d[i]
        except KeyError:
            pass
`)
}

func BenchmarkOpTryNoRaise(b *testing.B) {
	benchOp(b, `
def bench(n):
    x = 0
    for i in range(n):
        try:
            x = i
        except KeyError:
            pass
`)
}

func BenchmarkOpStrConcat(b *testing.B) {
	benchOp(b, `
def bench(n):
    s = "ab"
    for i in range(n):
        s + "cd"
`)
}

func BenchmarkOpSortedInts(b *testing.B) {
	// One op = sorting one element of a 1000-element list.
	benchOp(b, `
def bench(n):
    xs = [(i * 7919) % 10007 for i in range(1000)]
    for j in range(n // 1000):
        sorted(xs)
`)
}
