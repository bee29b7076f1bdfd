package ast

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
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

func TestIntRepr(t *testing.T) {
	small := new(big.Int).Exp(big.NewInt(10), big.NewInt(4299), nil) // 4300 digits
	if err := CheckIntRepr(small); err != nil {
		t.Errorf("4300 digits: %v", err)
	}
	over := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil) // 4301 digits
	err := CheckIntRepr(over)
	if err == nil || !strings.Contains(err.Error(), "value has 4301 digits") {
		t.Errorf("4301 digits: %v", err)
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 30*481)
	err = CheckIntRepr(huge)
	if err == nil || strings.Contains(err.Error(), "value has") {
		t.Errorf("481 30-bit digits: %v", err)
	}
}

func TestDumpOmissions(t *testing.T) {
	// ImportFrom(level=0) keeps level; None module and [] lists are omitted;
	// Constant(value=None) and MatchSingleton(value=None) keep their value.
	m := &Module{Body: []Stmt{
		&ImportFrom{Names: []*Alias{{Name: "x"}}, Level: 0},
		&ExprStmt{Value: &Constant{Value: nil}},
		&Return{},
	}}
	got, err := Dump(m, false)
	if err != nil {
		t.Fatal(err)
	}
	want := "Module(body=[ImportFrom(names=[alias(name='x')], level=0), Expr(value=Constant(value=None)), Return()])"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
