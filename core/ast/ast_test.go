package ast

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// appendWTF8 encodes a code point, surrogates included, as WTF-8.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func parseHexFloat(t *testing.T, s string) float64 {
	switch s {
	case "inf":
		return posInf
	case "-inf":
		return -posInf
	case "nan":
		return nan
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad hex float %q: %v", s, err)
	}
	return f
}

var posInf, nan = func() (float64, float64) {
	z := 0.0
	return 1 / z, z / z
}()

// TestRepr compares Repr with python3.13's repr() (testdata/repr.golden,
// written by testdata/gen_repr.py).
func TestRepr(t *testing.T) {
	f, err := os.Open("testdata/repr.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var rec [3]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		var kind, want string
		json.Unmarshal(rec[0], &kind)
		json.Unmarshal(rec[2], &want)
		var v Value
		switch kind {
		case "float":
			var h string
			json.Unmarshal(rec[1], &h)
			v = parseHexFloat(t, h)
		case "complex":
			var h [2]string
			json.Unmarshal(rec[1], &h)
			v = complex(parseHexFloat(t, h[0]), parseHexFloat(t, h[1]))
		case "str":
			var cps []rune
			json.Unmarshal(rec[1], &cps)
			var b []byte
			for _, r := range cps {
				b = appendWTF8(b, r)
			}
			v = string(b)
		case "bytes":
			var bs []int
			json.Unmarshal(rec[1], &bs)
			b := make([]byte, len(bs))
			for i, x := range bs {
				b[i] = byte(x)
			}
			v = Bytes(b)
		}
		if got := Repr(v); got != want {
			t.Errorf("%s %s: got %s, want %s", kind, rec[1], got, want)
		}
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d golden values", n)
	}
}

// pyEval prints a Python expression's value under the oracle.
func pyEval(t *testing.T, expr string) string {
	t.Helper()
	py := filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13.0/bin/python3.13")
	script := "import ast, sys\ntry:\n    print(" + expr + ")\nexcept Exception as e:\n    print('%s: %s' % (type(e).__name__, e))\n"
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatalf("the CPython 3.13 oracle (%s): %v", py, err)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// TestIntRepr checks the int-to-str digit limit against python3.13's
// repr of the same numbers.
func TestIntRepr(t *testing.T) {
	for _, c := range []struct {
		py string
		v  *big.Int
	}{
		{"10**4299", new(big.Int).Exp(big.NewInt(10), big.NewInt(4299), nil)},
		{"10**4300", new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil)},
		{"2**14000", new(big.Int).Lsh(big.NewInt(1), 14000)},
		{"2**14399", new(big.Int).Lsh(big.NewInt(1), 14399)},
		{"2**14400", new(big.Int).Lsh(big.NewInt(1), 14400)},
		{"2**(30*481)", new(big.Int).Lsh(big.NewInt(1), 30*481)},
	} {
		want := pyEval(t, "repr("+c.py+")")
		got := Repr(c.v)
		if err := CheckIntRepr(c.v); err != nil {
			got = "ValueError: " + err.(*IntReprError).Msg
		}
		if got != want {
			t.Errorf("%s: got %.80s, want %.80s", c.py, got, want)
		}
	}
}

// TestDumpOmissions checks dump's rules for None, [] and defaults against
// python3.13 on the same tree.
func TestDumpOmissions(t *testing.T) {
	m := &Module{Body: []Stmt{
		&ImportFrom{Names: []*Alias{{Name: "x"}}, Level: 0},
		&ExprStmt{Value: &Constant{Value: nil}},
		&Return{},
		&ExprStmt{Value: &Dict{Keys: []Expr{nil}, Values: []Expr{&Name{ID: "d", Ctx: Load}}}},
	}}
	got, err := Dump(m, false)
	if err != nil {
		t.Fatal(err)
	}
	want := pyEval(t, "ast.dump(ast.Module([ast.ImportFrom(None, [ast.alias('x')], 0), ast.Expr(ast.Constant(None)), ast.Return(), ast.Expr(ast.Dict([None], [ast.Name('d', ast.Load())]))], []))")
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
