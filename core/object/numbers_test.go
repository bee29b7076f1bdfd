package object

import (
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// errText returns the exception raised on th as "Type: message" and
// clears it.
func errText(th *Thread) string {
	e := th.Exc
	th.Exc = nil
	if e == nil {
		return "no exception"
	}
	args := e.Args
	msg := ""
	if args != nil && len(args.Items) == 1 {
		if s, ok := AsStr(args.Items[0]); ok {
			msg = s.s
		}
	}
	return e.typ.Name + ": " + msg
}

func TestIntParsingMatchesCPython(t *testing.T) {
	cases := []struct {
		text string
		base int
	}{
		{"42", 10}, {"  -17\t", 10}, {"1_000", 10}, {"ff", 16}, {"0x1F", 0}, {"0o17", 0}, {"0b101", 0},
		{"0x_1f", 16}, {"z", 36}, {"\u0661\u0662\u0663", 10}, {"\u0661\u0662", 16}, {"00", 0}, {"0_0", 0},
		{"123456789012345678901234567890", 10}, {"-0b1", 0}, {"777", 8}, {"\u2003 12 \u3000", 10},
		{"1__0", 10}, {"_1", 10}, {"1_", 10}, {"010", 0}, {"0x", 16}, {"", 10}, {" ", 10}, {"1e3", 10},
		{"0b102", 0}, {"12\x1c", 10}, {"+", 10}, {"- 1", 10}, {"0b1", 16}, {"9", 8},
	}
	var progs []string
	for _, c := range cases {
		progs = append(progs, "_try(lambda: int("+pyQuote(c.text)+", "+strconv.Itoa(c.base)+"))")
	}
	want := oracleWith(t, "def _try(f):\n    try:\n        return f()\n    except ValueError:\n        return 'ValueError'\n", progs)
	th := &Thread{Interp: NewInterp()}
	for i, c := range cases {
		v, res, _ := parseIntText(th, c.text, c.base)
		got := "ValueError"
		if res == parseOK {
			got = IntString(v)
		}
		if got != want[i] {
			t.Errorf("int(%q, %d) = %s, python3.13 %s", c.text, c.base, got, want[i])
		}
	}
}

func TestFloatParsingMatchesCPython(t *testing.T) {
	texts := []string{"1.5", " -2.5e3 ", "1_0.5", "inf", "-Infinity", "nan", "-nan", ".5", "5.", "1e500", "-1e-500",
		"1_.5", "1._5", "1e_5", "1e1_0", "e5", ".", "0x1p3", "\u0661.\u0665", "", "1 2", "nan(1)", "+iNfInItY", "infinit",
		"4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "0.1"}
	var progs []string
	for _, s := range texts {
		progs = append(progs, "_try(lambda: repr(float("+pyQuote(s)+")))")
	}
	want := oracleWith(t, "def _try(f):\n    try:\n        return f()\n    except ValueError:\n        return 'ValueError'\n", progs)
	for i, s := range texts {
		got := "ValueError"
		if f, ok := parseFloatText(s); ok {
			got = FloatRepr(f)
		}
		if got != want[i] {
			t.Errorf("float(%q) = %s, python3.13 %s", s, got, want[i])
		}
	}
}

func TestFloatHexRoundTrip(t *testing.T) {
	values := []float64{0.1, -2.5, 1e-310, 5e-324, 1e300, math.MaxFloat64, 1, 0.5, 3}
	var exprs []string
	for _, f := range values {
		exprs = append(exprs, "("+FloatRepr(f)+").hex()")
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	for i, f := range values {
		if got := FloatHex(f); got != want[i] {
			t.Errorf("(%v).hex() = %s, python3.13 %s", f, got, want[i])
		}
		back := floatFromHex(th, FloatHex(f))
		if back.IsNull() || back.FloatVal() != f {
			t.Errorf("fromhex(hex(%v)) = %v", f, back)
		}
	}
	for _, s := range []string{"0x1p1024", "0x1.fffffffffffff8p1023"} {
		if r := floatFromHex(th, s); !r.IsNull() || errText(th) != "OverflowError: hexadecimal value too large to represent as a float" {
			t.Errorf("fromhex(%q) did not overflow", s)
		}
	}
	for _, s := range []string{"", "0x", "x", "0x1p", "1.2.3"} {
		if r := floatFromHex(th, s); !r.IsNull() || errText(th) != "ValueError: invalid hexadecimal floating-point string" {
			t.Errorf("fromhex(%q) accepted", s)
		}
	}
}

func TestRoundingMatchesCPython(t *testing.T) {
	floats := []struct {
		x  float64
		nd int64
	}{{2.675, 2}, {0.125, 2}, {12345.6789, -2}, {2.5, 0}, {-2.5, 0}, {1.5e300, -299}, {5e-324, 400}, {0.5, 1}, {1e22, -22}}
	ints := []struct {
		x  int64
		nd int64
	}{{1250, -2}, {1350, -2}, {-1250, -2}, {15, -1}, {25, -1}, {5, -1}, {123456789, -4}, {7, -100}}
	var exprs []string
	for _, c := range floats {
		exprs = append(exprs, "repr(round("+FloatRepr(c.x)+", "+strconv.FormatInt(c.nd, 10)+"))")
	}
	for _, c := range ints {
		exprs = append(exprs, "round("+strconv.FormatInt(c.x, 10)+", "+strconv.FormatInt(c.nd, 10)+")")
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	for i, c := range floats {
		if got := FloatRepr(FloatRound(th, c.x, c.nd).FloatVal()); got != want[i] {
			t.Errorf("round(%v, %d) = %s, python3.13 %s", c.x, c.nd, got, want[i])
		}
	}
	for j, c := range ints {
		got := IntString(intRound(th, Int(c.x), []Value{Int(c.nd)}, nil))
		if got != want[len(floats)+j] {
			t.Errorf("round(%d, %d) = %s, python3.13 %s", c.x, c.nd, got, want[len(floats)+j])
		}
	}
	if r := FloatRound(th, 1.7e308, -308); !r.IsNull() || errText(th) != "OverflowError: rounded value too large to represent" {
		t.Error("round(1.7e308, -308) did not overflow")
	}
}

func TestHashesMatchCPython(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	tuples := []struct {
		expr string
		v    Value
	}{
		{"hash((1, 2))", NewTuple([]Value{Int(1), Int(2)}).Value()},
		{"hash(())", NewTuple(nil).Value()},
		{"hash((1, (2, 3)))", NewTuple([]Value{Int(1), NewTuple([]Value{Int(2), Int(3)}).Value()}).Value()},
		{"hash((None, True, -1))", NewTuple([]Value{None, True, Int(-1)}).Value()},
		{"hash(slice(1, 2, 3))", NewSlice(Int(1), Int(2), Int(3))},
		{"hash(slice(None, 5, None))", NewSlice(None, Int(5), None)},
		{"hash(range(3))", fromHeap(NewRange(0, 3, 1))},
		{"hash(range(5, 5))", fromHeap(NewRange(5, 5, 1))},
		{"hash(range(1, 2, 7))", fromHeap(NewRange(1, 2, 7))},
		{"hash(range(0, 10, 3))", fromHeap(NewRange(0, 10, 3))},
		{"hash(None)", None},
	}
	var exprs []string
	for _, c := range tuples {
		exprs = append(exprs, c.expr)
	}
	want := oracle(t, exprs)
	for i, c := range tuples {
		h, ok := Hash(th, c.v)
		if !ok || strconv.FormatInt(h, 10) != want[i] {
			t.Errorf("%s = %d, python3.13 %s", c.expr, h, want[i])
		}
	}
}

func TestListExtendedSliceAssignment(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	ints := func(xs ...int64) []Value {
		out := make([]Value, len(xs))
		for i, x := range xs {
			out[i] = Int(x)
		}
		return out
	}
	str := func(l *List) string { return as[Str](reprItems(th, "[", "]", l.Items)).s }
	cases := []struct {
		start, stop, step Value
		val               Value // NULL: del
		want              string
	}{
		{None, None, Int(2), NewList(ints(9, 9, 9)).Value(), "[9, 1, 9, 3, 9]"},
		{None, None, Int(-2), NewList(ints(7, 8, 9)).Value(), "[9, 1, 8, 3, 7]"},
		{None, None, Int(2), Null, "[1, 3]"},
		{None, None, Int(-1), Null, "[]"},
		{Int(1), Int(4), Int(2), Null, "[0, 2, 4]"},
		{Int(1), Int(1), None, NewList(ints(5, 6)).Value(), "[0, 5, 6, 1, 2, 3, 4]"},
		{Int(-100), Int(2), None, NewList(nil).Value(), "[2, 3, 4]"},
	}
	for _, c := range cases {
		l := NewList(ints(0, 1, 2, 3, 4))
		if listAssignSlice(th, l, as[Slice](NewSlice(c.start, c.stop, c.step)), c.val) < 0 {
			t.Errorf("%v: %s", c, errText(th))
			continue
		}
		if got := str(l); got != c.want {
			t.Errorf("slice %v %v %v: got %s, want %s", c.start, c.stop, c.step, got, c.want)
		}
	}
	l := NewList(ints(0, 1, 2))
	if listAssignSlice(th, l, as[Slice](NewSlice(None, None, Int(2))), NewList(ints(1)).Value()) == 0 ||
		errText(th) != "ValueError: attempt to assign sequence of size 1 to extended slice of size 2" {
		t.Error("size mismatch not reported")
	}
	if listAssignSlice(th, l, as[Slice](NewSlice(None, None, None)), Int(1)) == 0 ||
		errText(th) != "TypeError: must assign iterable to extended slice" {
		t.Error("non-iterable not reported")
	}
}

func TestRangeArithmetic(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	r := NewRange(-5, 5, 3)
	sl := rangeSlice(th, r, as[Slice](NewSlice(None, None, Int(-1))))
	if got := as[Str](RangeType.Repr(th, sl)).s; got != "range(4, -8, -3)" {
		t.Errorf("range(-5, 5, 3)[::-1] = %s", got)
	}
	for x, want := range map[int64]bool{-5: true, -2: true, 4: true, 5: false, -4: false, 7: false} {
		if _, ok := r.indexOf(Int(x)); ok != want {
			t.Errorf("%d in range(-5, 5, 3) = %v", x, ok)
		}
	}
	huge := NewRange(math.MinInt64, math.MaxInt64, 1)
	if huge.big == nil {
		t.Error("range(-2**63, 2**63-1) should have a big length")
	}
	if RangeType.Len(th, fromHeap(huge)) >= 0 || errText(th) != "OverflowError: Python int too large to convert to C ssize_t" {
		t.Error("len of a huge range did not overflow")
	}
}

// oracleWith is oracle with a prelude of definitions run first.
func oracleWith(t *testing.T, prelude string, exprs []string) []string {
	t.Helper()
	var prog strings.Builder
	prog.WriteString(prelude)
	for _, e := range exprs {
		prog.WriteString("print(" + e + ")\n")
	}
	out, err := exec.Command(python313, "-c", prog.String()).Output()
	if err != nil {
		t.Fatalf("python3.13: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("oracle printed %d lines for %d expressions", len(lines), len(exprs))
	}
	return lines
}

// pyQuote writes s as a Python string literal.
func pyQuote(s string) string {
	out := []byte{'\''}
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			out = append(out, '\\', byte(r))
		case r < 0x20 || r == 0x7f:
			out = append(out, []byte("\\x"+strconv.FormatInt(int64(r)|0x100, 16)[1:])...)
		default:
			out = append(out, string(r)...)
		}
	}
	return string(append(out, '\''))
}

func TestSortValuesStable(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	state := uint32(7)
	next := func(n uint32) int64 {
		state = state*1103515245 + 12345
		return int64((state >> 8) % n)
	}
	first := NewBuiltin("first", Null, func(t *Thread, _ Value, args []Value, kw *Tuple) Value {
		return as[Tuple](args[0]).Items[0]
	})
	for _, n := range []int{0, 1, 2, 31, 63, 64, 65, 200, 1000, 5000} {
		for _, reverse := range []bool{false, true} {
			// (key, position) sorted by the key alone: equal keys keep
			// their positions ascending, reversed or not.
			items := make([]Value, n)
			for i := range items {
				items[i] = NewTuple([]Value{Int(next(uint32(n/4 + 1))), Int(int64(i))}).Value()
			}
			if !SortValues(th, items, first, reverse) {
				t.Fatal(errText(th))
			}
			for i := 1; i < n; i++ {
				a, b := as[Tuple](items[i-1]).Items, as[Tuple](items[i]).Items
				ka, kb := a[0].SmallInt(), b[0].SmallInt()
				if (!reverse && ka > kb) || (reverse && ka < kb) {
					t.Fatalf("n=%d reverse=%v: not sorted at %d", n, reverse, i)
				}
				if ka == kb && a[1].SmallInt() > b[1].SmallInt() {
					t.Fatalf("n=%d reverse=%v: equal keys reordered at %d", n, reverse, i)
				}
			}
		}
	}
}
