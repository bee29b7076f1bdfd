package object

import (
	"runtime"
	"strings"
	"sync"
	"testing"
)

func concatStr(a, b *Str) *Str {
	return strConcat(a, b, a.typ == StrType, b.typ == StrType)
}

// TestConcatLinear: 10k appends of one character copy O(n) bytes in all,
// not O(n^2) (a copy of the whole string each time would allocate ~50 MB).
func TestConcatLinear(t *testing.T) {
	const n = 10000
	x := NewStr("x")
	run := func() *Str {
		s := NewStr("")
		for i := 0; i < n; i++ {
			s = concatStr(s, x)
		}
		return s
	}
	run() // warm up
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := run()
	runtime.ReadMemStats(&after)
	if s.String() != strings.Repeat("x", n) || s.Len() != n || !s.IsASCII() {
		t.Fatalf("wrong result: len %d", s.Len())
	}
	bytes := after.TotalAlloc - before.TotalAlloc
	t.Logf("10k appends: %d bytes allocated, %d allocations", bytes, after.Mallocs-before.Mallocs)
	// Each append allocates its Str (64 bytes); the buffers add up to a
	// few times n. Quadratic copying would be n*n/2 = 50 MB.
	if limit := uint64(200 * n); bytes > limit {
		t.Fatalf("10k appends allocated %d bytes, want at most %d (O(n))", bytes, limit)
	}
	if h := s.Hash(); h != hashByteString(s.String()) {
		t.Fatalf("hash %d, want %d", h, hashByteString(s.String()))
	}
}

// TestConcatBytesLinear: the same for bytes.
func TestConcatBytesLinear(t *testing.T) {
	const n = 10000
	x := NewBytes("x").Value()
	run := func() Value {
		s := NewBytes("").Value()
		for i := 0; i < n; i++ {
			s = bytesConcat(nil, s, x)
		}
		return s
	}
	run()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := run()
	runtime.ReadMemStats(&after)
	b, _ := AsBytes(s)
	if b.String() != strings.Repeat("x", n) {
		t.Fatalf("wrong result: len %d", len(b.String()))
	}
	if bytes, limit := after.TotalAlloc-before.TotalAlloc, uint64(200*n); bytes > limit {
		t.Fatalf("10k appends allocated %d bytes, want at most %d (O(n))", bytes, limit)
	}
}

// TestConcatBranches: concatenations onto the same str, one after the
// other, each see their own result (only the first extends in place).
func TestConcatBranches(t *testing.T) {
	base := NewStr("ab")
	base = concatStr(base, NewStr("cd")) // has spare room
	base = concatStr(base, NewStr("ef"))
	x := concatStr(base, NewStr("XYZ"))
	y := concatStr(base, NewStr("uvw"))
	z := concatStr(x, NewStr("1"))
	w := concatStr(y, NewStr("é"))
	for _, c := range []struct {
		s    *Str
		want string
	}{{base, "abcdef"}, {x, "abcdefXYZ"}, {y, "abcdefuvw"}, {z, "abcdefXYZ1"}, {w, "abcdefuvwé"}} {
		if c.s.String() != c.want || c.s.Len() != len([]rune(c.want)) {
			t.Errorf("got %q (len %d), want %q", c.s.String(), c.s.Len(), c.want)
		}
		if c.s.Hash() != newStr(c.want).Hash() {
			t.Errorf("hash of %q differs from a fresh str's", c.want)
		}
	}
	if w.IsASCII() || !z.IsASCII() {
		t.Errorf("ascii flags wrong")
	}
	// Empty operands return the other operand itself (as CPython).
	if concatStr(base, NewStr("")) != base || concatStr(NewStr(""), base) != base {
		t.Errorf("concatenation with '' made a new str")
	}
}

// TestConcatConcurrent: goroutines concatenate onto the same base str (and
// keep appending to their own results) concurrently; each must see its
// own correct result, and hashing and indexing the shared strs at the same
// time must be race-free (go test -race -run Concat).
func TestConcatConcurrent(t *testing.T) {
	base := NewStr("base-é-")
	for i := 0; i < 5; i++ {
		base = concatStr(base, NewStr("0123456789"))
	}
	want0 := base.String()
	const workers, rounds = 8, 200
	var wg sync.WaitGroup
	results := make([]*Str, workers)
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			piece := NewStr(string(rune('a'+g)) + "ü")
			s := concatStr(base, piece)
			for r := 0; r < rounds; r++ {
				s = concatStr(s, piece)
				_ = base.Hash()
				_ = base.Substr(base.Len()-2, base.Len()-1)
				_ = s.Substr(s.Len()-1, s.Len())
			}
			results[g] = s
		}(g)
	}
	wg.Wait()
	if base.String() != want0 {
		t.Fatalf("base changed: %q", base.String())
	}
	for g, s := range results {
		want := want0 + strings.Repeat(string(rune('a'+g))+"ü", rounds+1)
		if s.String() != want {
			t.Errorf("worker %d: got %q", g, s.String())
		}
		if s.Len() != len([]rune(want)) {
			t.Errorf("worker %d: len %d, want %d", g, s.Len(), len([]rune(want)))
		}
		if s.Hash() != newStr(want).Hash() {
			t.Errorf("worker %d: hash differs", g)
		}
		if got := s.Substr(s.Len()-3, s.Len()).String(); got != want[len(want)-5:] {
			t.Errorf("worker %d: tail %q", g, got)
		}
	}
}

// TestConcatBytesConcurrent: the same for bytes.
func TestConcatBytesConcurrent(t *testing.T) {
	base := NewBytes("base").Value()
	for i := 0; i < 5; i++ {
		base = bytesConcat(nil, base, NewBytes("0123456789").Value())
	}
	b0, _ := AsBytes(base)
	want0 := b0.String()
	const workers, rounds = 8, 200
	var wg sync.WaitGroup
	results := make([]Value, workers)
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			piece := NewBytes(string(rune('a' + g))).Value()
			s := bytesConcat(nil, base, piece)
			for r := 0; r < rounds; r++ {
				s = bytesConcat(nil, s, piece)
				_ = b0.Hash()
			}
			results[g] = s
		}(g)
	}
	wg.Wait()
	for g, s := range results {
		b, _ := AsBytes(s)
		if want := want0 + strings.Repeat(string(rune('a'+g)), rounds+1); b.String() != want {
			t.Errorf("worker %d: got %q", g, b.String())
		}
	}
}
