package object

import (
	"fmt"
	"math"
	"strconv"
	"testing"
)

// Go-level checks of bytes, complex and frozenset against CPython 3.13;
// the Python-level behaviour is covered by core/vm's types_*.py programs.

func TestBytesReprMatchesCPython(t *testing.T) {
	cases := []string{"", "abc", "it's", `say "hi"`, `both ' and "`, "\x00\t\n\r\\\x7f\x80\xff", "\x1b[0m"}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = "repr(bytes.fromhex('" + fmt.Sprintf("%x", c) + "'))"
	}
	want := oracle(t, exprs)
	for i, c := range cases {
		if got := BytesRepr([]byte(c)); got != want[i] {
			t.Errorf("BytesRepr(%q) = %s, CPython %s", c, got, want[i])
		}
	}
}

func TestBytesHashEqualsStrHash(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	for _, s := range []string{"", "a", "hello world", "x\x00y"} {
		hb, _ := Hash(th, NewBytes(s).Value())
		hs, _ := Hash(th, NewStr(s).Value())
		if hb != hs {
			t.Errorf("hash(b%q) = %d, hash(%q) = %d", s, hb, s, hs)
		}
	}
}

func TestComplexReprAndHashMatchCPython(t *testing.T) {
	nz := math.Copysign(0, -1)
	cases := [][2]float64{{0, 0}, {0, nz}, {nz, 0}, {nz, nz}, {1, 2}, {1.5, -0.5}, {0, 1e20}, {1e16, 1e-5},
		{math.Inf(1), math.NaN()}, {math.Inf(-1), -1}, {0, math.Inf(1)}, {-1, -1}, {1e300, -2.5}, {0.1, 0.2}}
	lit := func(f float64) string {
		switch {
		case math.IsNaN(f):
			return "float('nan')"
		case math.IsInf(f, 1):
			return "float('inf')"
		case math.IsInf(f, -1):
			return "float('-inf')"
		case f == 0 && math.Signbit(f):
			return "-0.0"
		}
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	var exprs []string
	for _, c := range cases {
		z := "complex(" + lit(c[0]) + ", " + lit(c[1]) + ")"
		exprs = append(exprs, "repr("+z+")")
		if !math.IsNaN(c[0]) && !math.IsNaN(c[1]) {
			exprs = append(exprs, "hash("+z+")")
		}
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	k := 0
	for _, c := range cases {
		if got := ComplexRepr(c[0], c[1]); got != want[k] {
			t.Errorf("repr(complex(%v, %v)) = %s, CPython %s", c[0], c[1], got, want[k])
		}
		k++
		if !math.IsNaN(c[0]) && !math.IsNaN(c[1]) {
			h, _ := Hash(th, NewComplex(c[0], c[1]))
			if strconv.FormatInt(h, 10) != want[k] {
				t.Errorf("hash(complex(%v, %v)) = %d, CPython %s", c[0], c[1], h, want[k])
			}
			k++
		}
	}
}

func TestParseComplex(t *testing.T) {
	good := map[string][2]float64{"1+2j": {1, 2}, " (3-4J) ": {3, -4}, "j": {0, 1}, "-j": {0, -1}, "2": {2, 0},
		"1e3-2.5e-1j": {1000, -0.25}, "1_0j": {0, 10}, ".5j": {0, 0.5}, "1-j": {1, -1}}
	for s, w := range good {
		re, im, ok := ParseComplex(s)
		if !ok || re != w[0] || im != w[1] {
			t.Errorf("ParseComplex(%q) = %v, %v, %v; want %v", s, re, im, ok, w)
		}
	}
	for _, s := range []string{"", "x", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1+2jj", "()", "++1j"} {
		if _, _, ok := ParseComplex(s); ok {
			t.Errorf("ParseComplex(%q) accepted", s)
		}
	}
}

func TestFrozenSetHashMatchesCPython(t *testing.T) {
	sets := [][]int64{{}, {1}, {1, 2, 3}, {-1, -2, 1 << 40}, {100, 1, 50, 8, 16, 33}}
	var exprs []string
	for _, s := range sets {
		exprs = append(exprs, fmt.Sprintf("hash(frozenset(%s))", pyList(s)), fmt.Sprintf("frozenset(%s)", pyList(s)))
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	for i, s := range sets {
		fs := NewFrozenSet()
		for _, x := range s {
			fs.Add(th, Int(x))
		}
		h, ok := Hash(th, fs.Value())
		if !ok || strconv.FormatInt(h, 10) != want[2*i] {
			t.Errorf("hash(frozenset(%v)) = %d, CPython %s", s, h, want[2*i])
		}
		if r := Repr(th, fs.Value()); r == nil || r.String() != want[2*i+1] {
			t.Errorf("repr(frozenset(%v)) = %v, CPython %s", s, r, want[2*i+1])
		}
	}
}

func pyList(xs []int64) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += strconv.FormatInt(x, 10)
	}
	return s + "]"
}

func TestDecodeEncodeErrors(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	cases := []struct {
		in, enc, want string
	}{
		{"\xff", "utf-8", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{"\xe2\x82", "utf-8", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{"\xf0\x90\x28", "utf-8", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{"ab\x80", "ascii", "'ascii' codec can't decode byte 0x80 in position 2: ordinal not in range(128)"},
	}
	for _, c := range cases {
		th.Clear()
		if r := decodeBytes(th, []byte(c.in), c.enc, "strict"); !r.IsNull() {
			t.Errorf("decode(%q) succeeded", c.in)
			continue
		}
		if got := StrOf(th, th.Exc.Value()); got.IsNull() || as[Str](got).s != c.want {
			t.Errorf("decode(%q): %v, want %s", c.in, got, c.want)
		}
	}
	th.Clear()
	if b, ok := encodeStr(th, NewStr("héllo"), "latin-1", "strict"); !ok || string(b) != "h\xe9llo" {
		t.Errorf("latin-1 encode = %q, %v", b, ok)
	}
}
