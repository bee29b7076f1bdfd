package object

import (
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

const python313 = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// oracle evaluates each Python expression under CPython 3.13 and returns
// the printed results, one per expression.
func oracle(t *testing.T, exprs []string) []string {
	t.Helper()
	if _, err := os.Stat(python313); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s: %v", python313, err)
	}
	var prog strings.Builder
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

func TestFloatReprMatchesCPython(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1e15,
		1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 1.5e-5, 5e-324, math.MaxFloat64, 1e22, 1e23,
		123456789.123456789, math.Inf(1), math.Inf(-1), math.NaN(), 100, 2.5e-7, 9.999999999999999e15}
	exprs := make([]string, len(floats))
	for i, f := range floats {
		// float.fromhex of Go's exact hex form: no rounding on the way in.
		exprs[i] = "repr(float.fromhex('" + strconv.FormatFloat(f, 'x', -1, 64) + "'))"
		if math.IsInf(f, 0) || math.IsNaN(f) {
			exprs[i] = "repr(float('" + strconv.FormatFloat(f, 'g', -1, 64) + "'))"
		}
	}
	want := oracle(t, exprs)
	for i, f := range floats {
		if got := FloatRepr(f); got != want[i] {
			t.Errorf("FloatRepr(%v) = %q, CPython %q", f, got, want[i])
		}
	}
}

func TestHashMatchesCPython(t *testing.T) {
	ints := []int64{0, 1, -1, -2, 1 << 61, 1<<61 - 1, -(1 << 61), math.MaxInt64, math.MinInt64, 123456789}
	floats := []float64{0.5, -2.5, 1e100, 3.14159, -1e-300, 1 << 62}
	var exprs []string
	for _, i := range ints {
		exprs = append(exprs, "hash("+strconv.FormatInt(i, 10)+")")
	}
	for _, f := range floats {
		exprs = append(exprs, "hash(float.fromhex('"+strconv.FormatFloat(f, 'x', -1, 64)+"'))")
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	for k, i := range ints {
		h, _ := Hash(th, Int(i))
		if strconv.FormatInt(h, 10) != want[k] {
			t.Errorf("hash(%d) = %d, CPython %s", i, h, want[k])
		}
	}
	for k, f := range floats {
		h, _ := Hash(th, Float(f))
		if strconv.FormatInt(h, 10) != want[len(ints)+k] {
			t.Errorf("hash(%v) = %d, CPython %s", f, h, want[len(ints)+k])
		}
	}
}

func TestIntArithmeticMatchesCPython(t *testing.T) {
	type op struct {
		a, b int64
		nb   int
	}
	syms := map[int]string{nbAdd: "+", nbSub: "-", nbMul: "*", nbFloorDiv: "//", nbMod: "%", nbPow: "**", nbLShift: "<<", nbRShift: ">>", nbAnd: "&", nbOr: "|", nbXor: "^"}
	cases := []op{
		{math.MaxInt64, 1, nbAdd}, {math.MinInt64, 1, nbSub}, {1 << 40, 1 << 40, nbMul}, {-7, 2, nbFloorDiv},
		{7, -2, nbFloorDiv}, {-7, 2, nbMod}, {7, -2, nbMod}, {math.MinInt64, -1, nbFloorDiv}, {3, 45, nbPow},
		{-3, 3, nbPow}, {1, 100, nbLShift}, {-5, 1, nbRShift}, {-12, 10, nbAnd}, {-12, 10, nbOr}, {-12, 10, nbXor},
		{math.MinInt64, -1, nbMul}, {12345, 6789, nbMul},
	}
	var exprs []string
	for _, c := range cases {
		exprs = append(exprs, "("+strconv.FormatInt(c.a, 10)+") "+syms[c.nb]+" ("+strconv.FormatInt(c.b, 10)+")")
	}
	want := oracle(t, exprs)
	th := &Thread{Interp: NewInterp()}
	for i, c := range cases {
		r := BinaryOp(th, Int(c.a), Int(c.b), c.nb)
		if r.IsNull() {
			t.Errorf("%s raised %v", exprs[i], th.Exc)
			continue
		}
		if got := IntString(r); got != want[i] {
			t.Errorf("%s = %s, CPython %s", exprs[i], got, want[i])
		}
	}
}

func TestDictKeepsOrderAndVersions(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	d := NewDict()
	for i := int64(0); i < 100; i++ {
		d.SetItem(th, Int(i), Int(i*i))
	}
	v := d.KeysVersion
	d.SetItem(th, Int(5), Int(-1)) // value change only
	if d.KeysVersion != v {
		t.Errorf("KeysVersion changed on a value update")
	}
	for i := int64(0); i < 100; i += 2 {
		if d.DelItem(th, Int(i)) != 0 {
			t.Fatal(th.Exc)
		}
	}
	if d.KeysVersion == v {
		t.Errorf("KeysVersion unchanged after deletions")
	}
	var keys []int64
	d.Items(func(k, val Value) bool { x, _ := AsInt64(k); keys = append(keys, x); return true })
	if len(keys) != 50 || keys[0] != 1 || keys[49] != 99 {
		t.Errorf("order after deletions: %v", keys)
	}
	if got := d.GetItem(th, Float(5.0)); got != Int(-1) {
		t.Errorf("d[5.0] = %v, want the value of d[5]", got)
	}
	s := NewStr("héllo wörld")
	if s.Len() != 11 || s.Substr(7, 8).String() != "ö" {
		t.Errorf("str indexing: len %d, [7] %q", s.Len(), s.Substr(7, 8).String())
	}
}
